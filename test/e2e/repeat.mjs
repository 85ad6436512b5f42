#!/usr/bin/env node
// Runs the real-editor scenarios N times (default 10) in fresh editors and reports how many runs and
// how many times each scenario passed; the summary goes to test-results/e2e/repeat.json.
//
// usage: node test/e2e/repeat.mjs [N]

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR } from './editor.mjs';
import { REPO } from './setup.mjs';
import { prepare } from './run.mjs';

const runs = Number(process.argv[2] || 10);
if (!Number.isInteger(runs) || runs < 1) { console.error('usage: node test/e2e/repeat.mjs [N]'); process.exit(2); }
const vsix = await prepare();
const summary = { vsix, runs, passedRuns: 0, scenarios: {}, perRun: [] };
for (let i = 1; i <= runs; i++) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=dot', 'test/e2e/scenarios.test.mjs'], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, DOCKWISE_E2E_VSIX: vsix },
  });
  const result = JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, 'result.json'), 'utf8'));
  fs.copyFileSync(path.join(RESULTS_DIR, 'result.json'), path.join(RESULTS_DIR, `result-run${i}.json`));
  if (r.status === 0) summary.passedRuns++;
  for (const [name, rec] of Object.entries(result.scenarios)) {
    const s = (summary.scenarios[name] ??= { passed: 0, failed: 0, errors: [] });
    if (rec.ok) s.passed++; else { s.failed++; s.errors.push(`run ${i}: ${rec.error}`); }
  }
  summary.perRun.push({ run: i, ok: r.status === 0, seconds: Math.round((Date.now() - t0) / 1000), activation: result.activation });
  console.log(`run ${i}/${runs}: ${r.status === 0 ? 'PASS' : 'FAIL'} in ${Math.round((Date.now() - t0) / 1000)} s`);
}
fs.writeFileSync(path.join(RESULTS_DIR, 'repeat.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\n${summary.passedRuns}/${runs} runs passed`);
for (const [name, s] of Object.entries(summary.scenarios)) console.log(`  ${s.passed}/${s.passed + s.failed}  ${name}${s.errors.length ? `\n      ${s.errors.join('\n      ')}` : ''}`);
process.exit(summary.passedRuns === runs ? 0 : 1);
