// The bundled server over real stdio JSON-RPC: the requests an editor sends, the answers it gets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { startServer, fileUri, type LspSession } from '../harness/lspClient';

const dir = mkdtempSync(path.join(tmpdir(), 'dockwise-lsp-'));
const dockerfile = path.join(dir, 'Dockerfile');
const uri = fileUri(dockerfile);
const TEXT = 'FROM alpine:3.20\nCOPY a.txt b.txt /app\n';
let s: LspSession;

before(async () => {
  writeFileSync(dockerfile, TEXT);
  s = await startServer({ rootPath: dir });
});
after(async () => {
  await s.close();
});

let version = 1;
async function open(text: string, u = uri, languageId = 'dockerfile') {
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId, version, text } });
  return s.diagnostics(u, version);
}
async function change(text: string, u = uri) {
  version++;
  await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ text }] });
  return s.diagnostics(u, version);
}

test('initialize announces the features', () => {
  const caps = s.init.capabilities;
  assert.equal(caps.hoverProvider, true);
  assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'], resolveProvider: false });
  assert.equal(s.init.serverInfo?.name, 'dockwise');
});

test('didOpen publishes diagnostics with rule id, source, range, link and version', async () => {
  const p = await open(TEXT);
  const d = p.diagnostics.find((x) => x.code === 'CopyToNonDirectory');
  assert.ok(d, JSON.stringify(p.diagnostics));
  assert.equal(p.version, 1);
  assert.equal(d.source, 'dockwise');
  assert.equal(d.severity, 1);
  assert.deepEqual(d.range, { start: { line: 1, character: 17 }, end: { line: 1, character: 21 } });
  assert.equal(d.message, 'With several sources the destination must be a directory ending in "/".');
  assert.match(d.codeDescription!.href, /CopyToNonDirectory/);
});

test('codeAction returns the verified fix as a versioned edit, then the ignore actions', async () => {
  const p = s.published.filter((x) => x.uri === uri).at(-1)!;
  const d = p.diagnostics.find((x) => x.code === 'CopyToNonDirectory')!;
  const actions = (await s.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as CodeAction[];
  assert.deepEqual(
    actions.map((a) => a.title),
    ['Add "/" to the destination', 'Ignore CopyToNonDirectory here', 'Ignore CopyToNonDirectory in this file'],
  );
  const edit = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
  assert.deepEqual(edit.textDocument, { uri, version: 1 });
  assert.deepEqual(edit.edits, [{ range: { start: { line: 1, character: 21 }, end: { line: 1, character: 21 } }, newText: '/' }]);
  assert.equal(actions[0].isPreferred, true);
});

test('hover on an instruction shows its documentation', async () => {
  const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } })) as Hover;
  const md = (h.contents as { value: string }).value;
  const doc = readFileSync(path.join(__dirname, '..', '..', 'server', 'docs', 'en', 'dockerfile', 'instruction.COPY.md'), 'utf8');
  assert.equal(md.trim(), doc.trim());
  assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
});

test('didChange re-lints: the fixed file has no diagnostic', async () => {
  const p = await change('FROM alpine:3.20\nCOPY a.txt b.txt /app/\n');
  assert.equal(p.version, 2);
  assert.deepEqual(p.diagnostics.filter((d) => d.code === 'CopyToNonDirectory'), []);
});

test('a burst of edits ends with the last version, and versions are never published out of order', async () => {
  const first = version + 1;
  for (let i = 0; i < 20; i++) {
    version++;
    const text = `FROM alpine:3.20\nCOPY a b ${i % 2 ? '/app' : '/app/'}\n`;
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }
  const last = await s.diagnostics(uri, version);
  assert.equal(last.version, version);
  const seen = s.published.filter((p) => p.uri === uri && (p.version ?? 0) >= first).map((p) => p.version!);
  assert.deepEqual(seen, [...seen].sort((a, b) => a - b));
  assert.ok(seen.length <= 20);
});

test('dockwise/stages lists stages and build args', async () => {
  await change('ARG GO=1.22\nFROM golang:${GO} AS build\nARG TAGS=""\nFROM scratch\nCOPY --from=build /app /app\n');
  const r = await s.conn.sendRequest('dockwise/stages', { uri });
  assert.deepEqual(r, {
    stages: [
      { name: 'build', index: 0, baseImage: 'golang:${GO}', line: 1, isFinal: false },
      { name: null, index: 1, baseImage: 'scratch', line: 3, isFinal: true },
    ],
    args: [
      { name: 'GO', defaultValue: '1.22', line: 0, global: true },
      { name: 'TAGS', defaultValue: '', line: 2, global: false },
    ],
  });
});

test('malformed traffic gets LSP errors and the server keeps serving', async () => {
  const never = fileUri(path.join(dir, 'never-opened', 'Dockerfile'));
  await assert.rejects(s.conn.sendRequest('textDocument/hover', { textDocument: { uri: never }, position: { line: 0, character: 0 } }), /not open/);
  await assert.rejects(s.conn.sendRequest('dockwise/noSuchMethod', {}), /Unhandled method|not found/i);
  const past = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } });
  assert.equal(past, null);
  // A change with a stale version is ignored by the document manager; the next real one still works.
  const p = await change('FROM alpine:3.20\nCOPY a b /x\n');
  assert.equal(p.diagnostics.filter((d) => d.code === 'CopyToNonDirectory').length, 1);
  assert.equal(s.proc.exitCode, null);
});

test('didClose clears the diagnostics', async () => {
  await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const p = await s.diagnostics(uri);
  assert.deepEqual(p.diagnostics, []);
});

test('messages and fixes follow the editor locale (Russian)', async () => {
  const ru = await startServer({ locale: 'ru-RU', rootPath: dir });
  try {
    await ru.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: TEXT } });
    const p = await ru.diagnostics(uri, 1);
    const d = p.diagnostics.find((x) => x.code === 'CopyToNonDirectory')!;
    assert.equal(d.message, 'При нескольких источниках путь назначения должен быть каталогом и оканчиваться на «/».');
    const actions = (await ru.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.equal(actions[0].title, 'Добавить «/» к пути назначения');
  } finally {
    await ru.close();
  }
});

test('a rule turned off in the settings reports nothing; .dockwise.yaml is read', async () => {
  writeFileSync(path.join(dir, '.dockwise.yaml'), 'rules:\n  CopyToNonDirectory: warning\n');
  const fromFile = await startServer({ rootPath: dir });
  try {
    await fromFile.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: TEXT } });
    const p = await fromFile.diagnostics(uri, 1);
    assert.equal(p.diagnostics.find((x) => x.code === 'CopyToNonDirectory')?.severity, 2);
  } finally {
    await fromFile.close();
  }
  const off = await startServer({ rootPath: dir, settings: { rules: { CopyToNonDirectory: 'off' } } });
  try {
    await off.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: TEXT } });
    // Settings arrive after `initialized`; wait for the re-lint that follows them.
    const p = await off.waitFor((x) => x.uri === uri && !x.diagnostics.some((d) => d.code === 'CopyToNonDirectory'));
    assert.deepEqual(p.diagnostics.filter((x) => x.code === 'CopyToNonDirectory'), []);
  } finally {
    await off.close();
  }
});
