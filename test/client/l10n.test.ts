// Every UI string of the client and every %key% of package.json exists in English and Russian, with the same placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectL10nKeys } from './l10nKeys';

const repo = path.join(__dirname, '..', '..');
const readJson = (rel: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(repo, rel), 'utf8')) as Record<string, string>;
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]!).sort();

test('l10n: every vscode.l10n.t call uses a literal key', () => {
  assert.deepEqual(collectL10nKeys(path.join(repo, 'client', 'src')).filter((u) => u.key === ''), []);
});

test('l10n: the English and Russian bundles hold exactly the keys the client uses', () => {
  const used = [...new Set(collectL10nKeys(path.join(repo, 'client', 'src')).map((u) => u.key))].sort();
  const en = readJson('l10n/bundle.l10n.json');
  const ru = readJson('l10n/bundle.l10n.ru.json');
  assert.deepEqual(Object.keys(en).sort(), used);
  assert.deepEqual(Object.keys(ru).sort(), used);
  for (const key of used) {
    assert.deepEqual(placeholders(ru[key]!), placeholders(key), `placeholders of ${JSON.stringify(key)}`);
    assert.equal(en[key], key);
  }
});

test('package.nls: every %key% of package.json is in both languages, and nothing else', () => {
  const manifest = fs.readFileSync(path.join(repo, 'package.json'), 'utf8');
  const keys = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!))].sort();
  assert.deepEqual(Object.keys(readJson('package.nls.json')).sort(), keys);
  assert.deepEqual(Object.keys(readJson('package.nls.ru.json')).sort(), keys);
});
