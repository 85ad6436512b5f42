// Every file of the shared corpus through the engine: no exception, every range inside the file, no
// error a real file does not deserve (reviewed exceptions aside), and the per-rule counts as a
// snapshot so a change in behaviour shows in review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Engine, type Finding } from '../../server/src/engine/index';
import { FsWorkspace } from '../../server/src/node/fsWorkspace';
import { corpusAvailable, corpusFiles, CORPUS } from './corpusFiles';

const COUNTS = path.join(__dirname, 'counts.json');
const EXCEPTIONS = path.join(__dirname, 'exceptions.yaml');

interface Exception {
  rule: string;
  /** Corpus paths, or `*` for every file (a rule whose inputs the corpus does not hold). */
  files: string[] | '*';
  why: string;
}

test('the corpus lints cleanly', (t) => {
  if (!corpusAvailable()) {
    t.skip(`no corpus at ${CORPUS} (../shared/corpus beside the repo); skipped`);
    return;
  }
  const exceptions = (parseYaml(readFileSync(EXCEPTIONS, 'utf8')) as { exceptions: Exception[] }).exceptions ?? [];
  for (const e of exceptions) assert.ok(e.why && e.why.length > 20, `exception for ${e.rule} needs a reason`);
  const excused = (rel: string, f: Finding) => exceptions.some((e) => e.rule === f.ruleId && (e.files === '*' || e.files.includes(rel)));
  const engine = new Engine({ workspace: new FsWorkspace(), strict: true });
  const counts: Record<string, Record<string, number>> = {};
  const unexpected: string[] = [];
  const files = corpusFiles();
  for (const f of files) {
    const text = readFileSync(f.abs, 'utf8');
    const findings = engine.lint({ path: f.abs, text, kind: f.kind });
    const model = engine.model({ path: f.abs, text, kind: f.kind });
    for (const x of findings) {
      assert.ok(x.range.start >= 0 && x.range.end <= text.length && x.range.start <= x.range.end, `${f.rel}: ${x.ruleId} range outside the file`);
      counts[x.ruleId] ??= {};
      counts[x.ruleId][x.severity] = (counts[x.ruleId][x.severity] ?? 0) + 1;
      if (x.severity === 'error' && !excused(f.rel, x)) {
        const p = model.doc.positionAt(x.range.start);
        unexpected.push(`${f.rel}:${p.line + 1}:${p.character + 1} ${x.ruleId}: ${x.message.en}`);
      }
    }
    engine.forget(f.abs);
  }
  assert.ok(files.length > 500, `only ${files.length} corpus files found`);
  assert.deepEqual(unexpected, [], `error findings on real files (fix the rule, or add a reviewed entry to ${path.basename(EXCEPTIONS)})`);
  const sorted = Object.fromEntries(Object.keys(counts).sort().map((k) => [k, counts[k]]));
  if (process.env.UPDATE_EXPECT === '1' || !existsSync(COUNTS)) writeFileSync(COUNTS, JSON.stringify(sorted, null, 2) + '\n');
  assert.deepEqual(sorted, JSON.parse(readFileSync(COUNTS, 'utf8')), 'per-rule counts over the corpus changed: review, then UPDATE_EXPECT=1');
});
