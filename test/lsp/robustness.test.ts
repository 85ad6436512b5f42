// The bundled server under malformed and hostile LSP traffic: it answers with LSP errors, keeps serving,
// publishes versions in order, runs nothing from the workspace and reads nothing outside it. Also the
// engine's isolation of a failing rule, which the server relies on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { startServer, fileUri, type LspSession } from '../harness/lspClient';
import { Engine } from '../../server/src/engine/index';
import { allRules } from '../../server/src/engine/registry';
import { defineDockerfileRule } from '../../server/src/engine/rule';
import { msg } from '../../server/src/engine/locale';

const INVALID_PARAMS = -32602;
const METHOD_NOT_FOUND = -32601;

const dir = mkdtempSync(path.join(tmpdir(), 'dockwise-robust-'));
const dockerfile = path.join(dir, 'Dockerfile');
const uri = fileUri(dockerfile);
const TEXT = 'FROM alpine:3.20\nCOPY a.txt b.txt /app\n';
const FROM_DOC = readFileSync(path.join(__dirname, '..', '..', 'server', 'docs', 'en', 'dockerfile', 'instruction.FROM.md'), 'utf8').trim();
let s: LspSession;
let version = 1;

before(async () => {
  writeFileSync(dockerfile, TEXT);
  // Strict: a rule that throws on this traffic crashes the server, so the test sees it.
  s = await startServer({ rootPath: dir, env: { DOCKWISE_STRICT: '1' } });
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version, text: TEXT } });
  await s.diagnostics(uri, version);
});
after(async () => {
  await s.close();
});

const hover = (u: string, position: { line: number; character: number }, session = s) => session.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position }) as Promise<Hover | null>;

async function fullChange(text: string, u = uri): Promise<number> {
  version++;
  await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ text }] });
  return version;
}

const copyDiagnostics = (diags: Diagnostic[]) => diags.filter((d) => d.code === 'CopyToNonDirectory').map((d) => d.range);

test('requests for a document never opened get InvalidParams, not a crash', async () => {
  const never = fileUri(path.join(dir, 'never-opened', 'Dockerfile'));
  const notOpen = { code: INVALID_PARAMS, message: `document not open: ${never}` };
  await assert.rejects(hover(never, { line: 0, character: 0 }), notOpen);
  await assert.rejects(s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: never }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), notOpen);
  await assert.rejects(s.conn.sendRequest('dockwise/stages', { uri: never }), notOpen);
  assert.equal(s.proc.exitCode, null);
});

test('positions past the end and negative positions are clamped to the text', async () => {
  const first = await hover(uri, { line: 0, character: 0 });
  assert.equal((first!.contents as { value: string }).value.trim(), FROM_DOC);
  assert.deepEqual(await hover(uri, { line: -5, character: -3 }), first);
  assert.deepEqual(await hover(uri, { line: 0, character: -1 }), first);
  // Past the end of a line is its end; past the last line is the end of the text.
  assert.deepEqual(await hover(uri, { line: 1, character: 10_000 }), await hover(uri, { line: 1, character: 21 }));
  assert.deepEqual(await hover(uri, { line: 10_000, character: 10_000 }), await hover(uri, { line: 2, character: 0 }));
  const range = { start: { line: -3, character: -3 }, end: { line: 999, character: 999 } };
  const actions = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
  assert.deepEqual(actions, []);
});

test('incremental changes with ranges past the end, before the start or reversed are clamped', async () => {
  await fullChange('FROM alpine:3.20\n');
  // Past the end: appended.
  version++;
  await s.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: 50, character: 3 }, end: { line: 60, character: 9 } }, text: 'COPY a b /x\n' }],
  });
  assert.deepEqual(copyDiagnostics((await s.diagnostics(uri, version)).diagnostics), [{ start: { line: 1, character: 9 }, end: { line: 1, character: 11 } }]);
  // Negative: prepended. Reversed (end before start): the same range the right way round.
  version++;
  await s.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [
      { range: { start: { line: -1, character: -1 }, end: { line: 0, character: 0 } }, text: '# top\n' },
      { range: { start: { line: 2, character: 11 }, end: { line: 2, character: 9 } }, text: '/y' },
    ],
  });
  assert.deepEqual(copyDiagnostics((await s.diagnostics(uri, version)).diagnostics), [{ start: { line: 2, character: 9 }, end: { line: 2, character: 11 } }]);
  const h = await hover(uri, { line: 1, character: 1 });
  assert.equal((h!.contents as { value: string }).value.trim(), FROM_DOC);
  assert.deepEqual(h!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
});

test('a change with a stale version or no version does not stop the server', async () => {
  const current = await fullChange('FROM alpine:3.20\nCOPY a b /x\n');
  await s.diagnostics(uri, current);
  // A client bug: an older version number, or none. The change is dropped: the text is not rewound
  // and no older version is ever published.
  await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: current - 5 }, contentChanges: [{ text: 'FROM alpine:3.20\n' }] });
  await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'FROM scratch\n' }] });
  const h = await hover(uri, { line: 1, character: 1 });
  assert.match((h!.contents as { value: string }).value, /COPY/, 'the text of the current version is kept');
  const next = await fullChange('FROM alpine:3.20\nCOPY a b /z\n');
  const published = s.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
  assert.deepEqual(published, [...published].sort((a, b) => a - b), 'versions never go backwards');
  assert.deepEqual(copyDiagnostics((await s.diagnostics(uri, next)).diagnostics), [{ start: { line: 1, character: 9 }, end: { line: 1, character: 11 } }]);
  assert.equal(s.proc.exitCode, null);
});

test('binary junk opened as a Dockerfile and as a compose file is linted and hovered', async () => {
  let x = 99;
  let junk = '';
  for (let i = 0; i < 20_000; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    junk += String.fromCharCode(x % 3 === 0 ? x % 0xffff : x % 128);
  }
  for (const [name, languageId] of [
    ['junk/Dockerfile', 'dockerfile'],
    ['junk/compose.yaml', 'dockercompose'],
  ]) {
    const u = fileUri(path.join(dir, name));
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId, version: 1, text: junk } });
    const p = await s.diagnostics(u, 1);
    assert.equal(p.version, 1);
    for (const position of [
      { line: 0, character: 0 },
      { line: 3, character: 7 },
      { line: 40, character: 2 },
      { line: 1e6, character: 0 },
    ]) {
      const h = await hover(u, position);
      assert.ok(h === null || typeof (h.contents as { value: string }).value === 'string');
    }
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  }
  assert.equal(s.proc.exitCode, null);
});

test('unknown requests get MethodNotFound; unknown notifications are ignored', async () => {
  await assert.rejects(s.conn.sendRequest('dockwise/noSuchMethod', { a: 1 }), { code: METHOD_NOT_FOUND });
  await assert.rejects(s.conn.sendRequest('textDocument/noSuchFeature', { textDocument: { uri } }), { code: METHOD_NOT_FOUND });
  await s.conn.sendNotification('dockwise/noSuchNotification', { junk: [1, 2, 3] });
  await s.conn.sendNotification('$/noSuchNotification', null);
  await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri at all', type: 2 }] });
  const h = await hover(uri, { line: 0, character: 1 });
  assert.equal((h!.contents as { value: string }).value.trim(), FROM_DOC);
});

test('invalid params: the server answers InvalidParams and keeps serving', async () => {
  await assert.rejects(s.conn.sendRequest('textDocument/hover', {}), (e: { code: number; message: string }) => e.code === INVALID_PARAMS && /textDocument\.uri/.test(e.message));
  await assert.rejects(s.conn.sendRequest('textDocument/hover', { textDocument: { uri } }), (e: { code: number; message: string }) => e.code === INVALID_PARAMS && /position/.test(e.message));
  assert.deepEqual(await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri } }), []);
  await assert.rejects(s.conn.sendRequest('dockwise/stages', null), (e: { code: number }) => e.code === INVALID_PARAMS);
  await s.conn.sendNotification('textDocument/didOpen', {});
  await s.conn.sendNotification('textDocument/didClose', { textDocument: {} });
  const h = await hover(uri, { line: 0, character: 1 });
  assert.equal((h!.contents as { value: string }).value.trim(), FROM_DOC);
});

test('invalid params: the shipped (non-strict) server answers the same', async () => {
  const prod = await startServer({ rootPath: dir, env: { DOCKWISE_STRICT: '0' } });
  const logs: string[] = [];
  prod.conn.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  try {
    await prod.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: TEXT } });
    assert.equal((await prod.diagnostics(uri, 1)).version, 1);
    await assert.rejects(prod.conn.sendRequest('textDocument/hover', {}), (e: { code: number }) => e.code === INVALID_PARAMS);
    assert.deepEqual(await prod.conn.sendRequest('textDocument/codeAction', { textDocument: { uri } }), []);
    await assert.rejects(prod.conn.sendRequest('dockwise/stages', null), (e: { code: number }) => e.code === INVALID_PARAMS);
    assert.deepEqual(logs.filter((m) => m.startsWith('request failed')), [], 'no internal failure behind these answers');
  } finally {
    await prod.close();
  }
});

test('a code action for a diagnostic of an older version offers nothing', async () => {
  const v = await fullChange('FROM alpine:3.20\nCOPY a.txt b.txt /app\n');
  const old = (await s.diagnostics(uri, v)).diagnostics.find((d) => d.code === 'CopyToNonDirectory')!;
  const ask = (d: Diagnostic) => s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as Promise<CodeAction[]>;
  assert.deepEqual((await ask(old)).map((a) => a.title), ['Add "/" to the destination', 'Ignore CopyToNonDirectory here', 'Ignore CopyToNonDirectory in this file']);
  const v2 = await fullChange('# moved down\nFROM alpine:3.20\nCOPY a.txt b.txt /app\n');
  await s.diagnostics(uri, v2);
  assert.deepEqual(await ask(old), []);
  // A diagnostic another tool made, or one without our data, is not ours to fix either.
  assert.deepEqual(await ask({ ...old, source: 'hadolint' }), []);
  assert.deepEqual(await ask({ ...old, data: { ruleId: 'CopyToNonDirectory', version: -1 } }), []);
});

test('a flood of 500 changes: versions published in order, the last one published, the server still answers', async () => {
  const first = version + 1;
  const texts = ['FROM alpine:3.20\nCOPY a b /app\n', 'FROM alpine:3.20\nCOPY a b /app/\n'];
  for (let i = 0; i < 500; i++) {
    version++;
    const change =
      i % 5 === 2
        ? { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '' }
        : { text: texts[i % 2] };
    void s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  }
  const last = await s.diagnostics(uri, version, 60_000);
  assert.equal(last.version, version);
  // The 500th change (i = 499) is the full text with a directory destination.
  assert.deepEqual(copyDiagnostics(last.diagnostics), []);
  const seen = s.published.filter((p) => p.uri === uri && (p.version ?? 0) >= first).map((p) => p.version!);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], `published v${seen[i]} after v${seen[i - 1]}`);
  assert.ok(seen.length <= 500);
  assert.equal(seen.at(-1), version);
  const h = await hover(uri, { line: 0, character: 1 });
  assert.equal((h!.contents as { value: string }).value.trim(), FROM_DOC);
});

test('a rule that throws is logged once and skipped; every other rule still reports', () => {
  const boom = defineDockerfileRule({
    id: 'Boom',
    severity: 'error',
    message: msg('boom', 'бум'),
    check() {
      throw new Error('rule bug');
    },
  });
  const badFix = defineDockerfileRule({
    id: 'BadFix',
    severity: 'warning',
    message: msg('finding with a broken fix', 'находка со сломанным исправлением'),
    check: (ctx) => ctx.report({ start: 0, end: 4 }),
    fix: {
      title: msg('fix', 'исправить'),
      edits() {
        throw new Error('fix bug');
      },
    },
  });
  const input = { path: '/ws/Dockerfile', text: TEXT, kind: 'dockerfile' as const };
  const healthy = new Engine().lint(input);
  assert.ok(healthy.length > 0);
  const logs: string[] = [];
  const engine = new Engine({ rules: [boom, ...allRules, badFix], log: (m) => logs.push(m) });
  const findings = engine.lint(input);
  assert.deepEqual(findings.map((f) => f.ruleId).filter((id) => id !== 'BadFix'), healthy.map((f) => f.ruleId));
  assert.deepEqual(findings.filter((f) => f.ruleId === 'BadFix').map((f) => f.range), [{ start: 0, end: 4 }]);
  assert.equal(logs.length, 1);
  assert.match(logs[0], /^rule Boom failed on \/ws\/Dockerfile: Error: rule bug/);
  // The same failure on another text is not logged again.
  engine.lint({ ...input, text: TEXT + '\n' });
  assert.equal(logs.length, 1);
  // A fix that throws leaves only the ignore actions, and is logged.
  const fixes = engine.fixes(input, findings.find((f) => f.ruleId === 'BadFix')!);
  assert.deepEqual(fixes.map((f) => f.title.en), ['Ignore BadFix here', 'Ignore BadFix in this file']);
  assert.deepEqual(logs.slice(1), ['fix of BadFix failed: fix bug']);
  // Strict (tests): the failure surfaces.
  assert.throws(() => new Engine({ rules: [boom], strict: true }).lint(input), /rule bug/);
});

test('nothing from the workspace runs, and nothing outside it is read', async (t) => {
  const base = mkdtempSync(path.join(tmpdir(), 'dockwise-sandbox-'));
  const ws = path.join(base, 'project');
  const markers = path.join(base, 'markers');
  const bin = path.join(base, 'bin');
  // A Git repository: .gitignore files are read from the file's folder up to its root, not above.
  for (const d of [ws, markers, bin, path.join(ws, 'app'), path.join(ws, 'private'), path.join(ws, '.git')]) mkdirSync(d, { recursive: true });
  const script = (name: string) => `#!/bin/sh\ntouch ${JSON.stringify(path.join(markers, name))}\n`;
  const executable = (p: string, name: string) => {
    writeFileSync(p, script(name));
    chmodSync(p, 0o755);
  };
  // Every program a careless server might start, on PATH and in the workspace.
  for (const name of ['docker', 'docker-compose', 'git', 'hadolint', 'make', 'curl', 'wget', 'npm']) executable(path.join(bin, name), name);
  executable(path.join(ws, 'build.sh'), 'build.sh');
  executable(path.join(ws, 'app', 'entrypoint.sh'), 'entrypoint.sh');
  const files: Record<string, string> = {
    '.dockwise.yaml': 'rules:\n  CopyToNonDirectory: warning\nexec: ./build.sh\npreLint: "$(./build.sh)"\n',
    Dockerfile: '# syntax=docker/dockerfile:1\nARG X=$(./build.sh)\nFROM alpine:3.20 AS build\nCOPY build.sh app/ /src/\nRUN ./build.sh && `./build.sh`\nHEALTHCHECK CMD ./build.sh\nENTRYPOINT ["./app/entrypoint.sh"]\n',
    'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      target: build\n    command: ./build.sh\n    image: "app:${TAG}"\n    env_file: .env\n    healthcheck:\n      test: ["CMD", "./build.sh"]\n',
    '.env': 'TAG=$(./build.sh)\n',
    '.dockerignore': 'private\n',
    '.gitignore': '.env\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    'private/notes.txt': 'nobody needs this\n',
    '../.dockwise.yaml': 'rules: {}\n',
    '../Dockerfile': 'FROM decoy\n',
    '../compose.yaml': 'services: {}\n',
    '../.env': 'TAG=decoy\n',
    '../.gitignore': '*\n',
  };
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(ws, rel), text);

  // Access times record reads (relatime updates one older than the file's change); verify that here.
  const all = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(path.join(d, e.name)) : [path.join(d, e.name)]));
  const reset = () => {
    for (const f of all(base)) utimesSync(f, new Date(0), statSync(f).mtime);
  };
  reset();
  readFileSync(path.join(ws, 'private', 'notes.txt'));
  if (statSync(path.join(ws, 'private', 'notes.txt')).atimeMs === 0) return t.skip('this file system does not record reads in access times');
  reset();

  const session = await startServer({ rootPath: ws, env: { DOCKWISE_STRICT: '1', PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
  try {
    for (const [rel, languageId] of [
      ['Dockerfile', 'dockerfile'],
      ['compose.yaml', 'dockercompose'],
    ]) {
      const u = fileUri(path.join(ws, rel));
      const text = files[rel];
      await session.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId, version: 1, text } });
      const p = await session.diagnostics(u, 1);
      const lines = text.split('\n');
      for (let line = 0; line < lines.length; line++) for (let character = 0; character <= lines[line].length; character += 3) await hover(u, { line, character }, session);
      for (const d of p.diagnostics) await session.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
      if (languageId === 'dockerfile') await session.conn.sendRequest('dockwise/stages', { uri: u });
    }
    await session.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws, '.dockwise.yaml')), type: 2 }, { uri: fileUri(path.join(ws, '.env')), type: 2 }] });
    await session.waitFor((p) => p.uri === fileUri(path.join(ws, 'compose.yaml')) && session.published.filter((q) => q.uri === p.uri).length >= 2);
  } finally {
    await session.close();
  }
  assert.deepEqual(readdirSync(markers), [], 'a program was started');
  const read = all(base)
    .filter((f) => statSync(f).atimeMs !== 0)
    .map((f) => path.relative(base, f))
    .sort();
  t.diagnostic(`files the server read: ${read.join(', ')}`);
  // The configuration and the companions the checks need; never the scripts, the private folder,
  // the open documents' files (their text comes from the editor) or anything above the project.
  assert.deepEqual(read, ['.dockerignore', '.dockwise.yaml', '.env', '.gitignore'].map((f) => path.join('project', f)));
});
