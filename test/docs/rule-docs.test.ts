// Every rule has its documentation in both languages, and docs/rules/ is what `npm run docs` writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/engine/registry';
import { ruleDoc } from '../../server/src/engine/docs';
import { renderRulePages, RULE_PAGES_DIR } from '../../scripts/rulePages';

test('every rule has documentation in English and Russian', () => {
  const missing = allRules.flatMap((r) => (['en', 'ru'] as const).filter((l) => !ruleDoc(r.id, r.kind, l)?.trim()).map((l) => `${r.kind}/${r.id} (${l})`));
  assert.deepEqual(missing, []);
});

test('every rule has a message and fix titles in both languages', () => {
  const bad = allRules.filter((r) => {
    if (typeof r.message === 'object' && !(r.message.en && r.message.ru)) return true;
    if (r.fix && typeof r.fix.title === 'object' && !(r.fix.title.en && r.fix.title.ru)) return true;
    return false;
  });
  assert.deepEqual(bad.map((r) => r.id), []);
});

test('docs/rules/ is up to date (run `npm run docs`)', () => {
  const pages = renderRulePages();
  assert.deepEqual(readdirSync(RULE_PAGES_DIR).sort(), [...pages.keys()].sort());
  for (const [name, text] of pages) assert.equal(readFileSync(path.join(RULE_PAGES_DIR, name), 'utf8'), text, `${name} is stale`);
});
