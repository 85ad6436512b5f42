#!/usr/bin/env node
// `npm test` calls this after the unit tests: installs the real editor if missing, packages dockwise.vsix
// if it is missing or older than its sources, then runs the real-editor scenarios and the VS Code
// (test-electron) suite with node --test, and exits with their status.
//
// usage: node test/e2e/run.mjs [--prepare-only]
//   DOCKWISE_E2E_VSIX=path  test that .vsix instead (no packaging)

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEditor, REPO } from './setup.mjs';

export const VSIX = path.join(REPO, 'dockwise.vsix');
// what goes into the .vsix: a newer file here means the package is stale
const PACKAGE_INPUTS = ['package.json', 'package.nls.json', 'package.nls.ru.json', 'esbuild.mjs', '.vscodeignore', 'README.md', 'LICENSE',
  'l10n', 'snippets', 'client/src', 'server/src', 'server/docs'];
export const TEST_FILES = ['test/e2e/scenarios.test.mjs', 'test/e2e-electron/electron.test.mjs'];

const say = (m) => console.log(`[e2e-run] ${m}`);

function newestInput() {
  let newest = { file: null, mtime: 0 };
  const visit = (p) => {
    let st;
    try { st = fs.statSync(p); } catch { return; }
    if (st.isDirectory()) { for (const e of fs.readdirSync(p)) visit(path.join(p, e)); return; }
    if (/\.test\.ts$/.test(p)) return; // tests are not packaged
    if (st.mtimeMs > newest.mtime) newest = { file: p, mtime: st.mtimeMs };
  };
  for (const rel of PACKAGE_INPUTS) visit(path.join(REPO, rel));
  return newest;
}

/** Packages the extension unless dockwise.vsix is newer than every input; returns the .vsix to test. */
export function ensurePackage() {
  if (process.env.DOCKWISE_E2E_VSIX) { say(`testing ${process.env.DOCKWISE_E2E_VSIX} (DOCKWISE_E2E_VSIX)`); return path.resolve(process.env.DOCKWISE_E2E_VSIX); }
  const newest = newestInput();
  const vsixTime = fs.existsSync(VSIX) ? fs.statSync(VSIX).mtimeMs : 0;
  if (vsixTime > newest.mtime) { say('dockwise.vsix is up to date'); return VSIX; }
  say(vsixTime ? `dockwise.vsix is older than ${path.relative(REPO, newest.file)}: npm run package` : 'no dockwise.vsix: npm run package');
  const r = spawnSync('npm', ['run', 'package'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(VSIX)) throw new Error(`npm run package failed (${r.error?.message || `exit ${r.status}`})`);
  return VSIX;
}

export async function prepare() {
  await ensureEditor();
  return ensurePackage();
}

/** Runs the suites once with node --test; returns the exit status. */
export function runSuites(vsix, extraEnv = {}) {
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...TEST_FILES], {
    cwd: REPO, stdio: 'inherit', env: { ...process.env, DOCKWISE_E2E_VSIX: vsix, ...extraEnv },
  });
  return r.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let vsix;
  try { vsix = await prepare(); } catch (e) { console.error(`[e2e-run] FAILED to prepare: ${e.message}`); process.exit(1); }
  if (process.argv.includes('--prepare-only')) process.exit(0);
  const t0 = Date.now();
  const status = runSuites(vsix);
  say(`real-editor suites ${status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - t0) / 1000)} s; screenshots and result.json in test-results/e2e/`);
  process.exit(status);
}
