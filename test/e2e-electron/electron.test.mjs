// The issue-7 scenarios through the VS Code API in desktop VS Code (@vscode/test-electron). Skipped, with
// the reason, when no VS Code can be had: these machines cannot reach Microsoft's update server, so the
// code-server suite (test/e2e/scenarios.test.mjs) is the one that runs here.
//
// VS Code comes from DOCKWISE_VSCODE_EXECUTABLE, else from a previous download in .cache/e2e/vscode-test,
// else it is downloaded (pinned) when update.code.visualstudio.com answers within a few seconds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO, CACHE } from '../e2e/setup.mjs';
import * as fixtures from '../e2e/fixtures.mjs';

const require = createRequire(import.meta.url);
const VSCODE_VERSION = '1.139.1'; // the same VS Code as the pinned code-server
const CACHE_PATH = path.join(CACHE, 'vscode-test');
const UPDATE_SERVER = 'https://update.code.visualstudio.com/api/releases/stable';
const PROBE_MS = 4000;

function cachedExecutable() {
  if (!fs.existsSync(CACHE_PATH)) return null;
  for (const d of fs.readdirSync(CACHE_PATH)) {
    for (const exe of ['code', 'VSCode-linux-x64/code']) {
      const p = path.join(CACHE_PATH, d, exe);
      if (d.includes(VSCODE_VERSION) && fs.existsSync(p)) return p;
    }
  }
  return null;
}

/** Where VS Code comes from, or why there is none; decided in a few seconds at most. */
async function findVSCode() {
  const fromEnv = process.env.DOCKWISE_VSCODE_EXECUTABLE;
  if (fromEnv) return fs.existsSync(fromEnv) ? { exe: fromEnv } : { skip: `DOCKWISE_VSCODE_EXECUTABLE=${fromEnv} does not exist` };
  const cached = cachedExecutable();
  if (cached) return { exe: cached };
  try {
    const r = await fetch(UPDATE_SERVER, { method: 'HEAD', signal: AbortSignal.timeout(PROBE_MS) });
    if (!r.ok) return { skip: `VS Code ${VSCODE_VERSION} is not cached in ${CACHE_PATH} and ${UPDATE_SERVER} answered ${r.status}` };
  } catch (e) {
    const why = e?.cause?.code || e?.name || String(e);
    return { skip: `VS Code ${VSCODE_VERSION} is not cached in ${CACHE_PATH}, DOCKWISE_VSCODE_EXECUTABLE is unset, and ${new URL(UPDATE_SERVER).host} is unreachable (${why}) — the code-server suite covers these scenarios` };
  }
  const { downloadAndUnzipVSCode } = require('@vscode/test-electron');
  return { exe: await downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath: CACHE_PATH }) };
}

function writeWorkspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dockwise-electron-ws-'));
  const files = {
    's1/Dockerfile': fixtures.GO_NOTES_DOCKERFILE, 's1/.dockerignore': fixtures.DOCKERIGNORE,
    's2/Dockerfile': fixtures.HOVER_DOCKERFILE, 's2/.dockerignore': fixtures.DOCKERIGNORE,
    's3/Dockerfile': fixtures.STAGES_DOCKERFILE.replace('AS runtime', 'AS release'), 's3/compose.yaml': fixtures.COMPOSE_WITH_MISSING_TARGET,
    's4/Dockerfile': '', 's4/compose.yaml': 'services:\n  ',
    's6/Dockerfile': fixtures.STAGES_DOCKERFILE, 's6/.dockerignore': fixtures.DOCKERIGNORE,
    's7/Dockerfile': fixtures.bigDockerfile(), 's7/.dockerignore': fixtures.DOCKERIGNORE,
  };
  for (const [f, c] of Object.entries(fixtures.GO_PROJECT)) { files[`s3/${f}`] = c; files[`s5/${f}`] = c; files[`s6/${f}`] = c; }
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), text);
  }
  return ws;
}

test('issue-7 scenarios through the VS Code API (test-electron)', { timeout: 15 * 60_000 }, async (t) => {
  const found = await findVSCode();
  if (found.skip) { t.skip(found.skip); return; }
  assert.ok(fs.existsSync(path.join(REPO, 'dist', 'client.js')), 'dist/client.js is built (npm run package)');
  const { runTests } = require('@vscode/test-electron');
  for (const language of ['en', 'ru']) {
    const ws = writeWorkspace();
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dockwise-electron-profile-'));
    try {
      const status = await runTests({
        vscodeExecutablePath: found.exe,
        extensionDevelopmentPath: REPO,
        extensionTestsPath: path.join(REPO, 'test', 'e2e-electron', 'suite', 'index.cjs'),
        extensionTestsEnv: { DOCKWISE_E2E_LANGUAGE: language },
        launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
          '--user-data-dir', path.join(profile, 'user'), '--extensions-dir', path.join(profile, 'extensions')],
      });
      assert.equal(status, 0, `the VS Code suite (${language}) failed`);
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }
});
