// The invariants of ARCHITECTURE.md that a grep can check: what each layer may import, and where a
// process may be started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(rel);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

test('the engine does no IO and imports nothing of VS Code or the LSP transport', () => {
  const forbidden = /^(?:node:)?(?:fs|fs\/promises|child_process|net|http|https|worker_threads|os)$|^vscode$|^vscode-languageserver(?:\/|$)|^vscode-languageclient/;
  const offenders = sources('server/src/engine').flatMap((f) => imports(f).filter((i) => forbidden.test(i)).map((i) => `${f}: ${i}`));
  assert.deepEqual(offenders, []);
});

test('nothing in the server or the CLI starts a process', () => {
  const offenders = sources('server/src').flatMap((f) => imports(f).filter((i) => /child_process/.test(i)).map((i) => `${f}: ${i}`));
  assert.deepEqual(offenders, []);
});

test('the client starts docker in one module only, never through a shell', () => {
  const files = sources('client/src');
  const starters = files.filter((f) => /new\s+(?:vscode\.)?ProcessExecution|child_process|\bspawn(?:Sync)?\(|\bexecFile(?:Sync)?\(/.test(readFileSync(path.join(root, f), 'utf8')));
  assert.deepEqual(starters, [path.join('client', 'src', 'docker.ts')]);
  const shells = files.filter((f) => /ShellExecution|shell:\s*true/.test(readFileSync(path.join(root, f), 'utf8')));
  assert.deepEqual(shells, []);
});
