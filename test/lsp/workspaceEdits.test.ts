// Fixes that touch another file arrive as workspace edits that create (never overwrite) or append.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CreateFile, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { startServer, fileUri } from '../harness/lspClient';

test('MissingDockerignore creates .dockerignore with ignoreIfExists and fills it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockwise-ws-'));
  writeFileSync(path.join(dir, 'package.json'), '{"name":"x"}\n');
  const dockerfile = path.join(dir, 'Dockerfile');
  const text = 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "index.js"]\n';
  writeFileSync(dockerfile, text);
  const s = await startServer({ rootPath: dir });
  try {
    const uri = fileUri(dockerfile);
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const p = await s.diagnostics(uri, 1);
    const d = p.diagnostics.find((x) => x.code === 'MissingDockerignore');
    assert.ok(d, JSON.stringify(p.diagnostics.map((x) => x.code)));
    const actions = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const changes = fix.edit!.documentChanges!;
    const create = changes.find((c) => 'kind' in c && c.kind === 'create') as CreateFile;
    assert.deepEqual(create, { kind: 'create', uri: fileUri(path.join(dir, '.dockerignore')), options: { ignoreIfExists: true, overwrite: false } });
    const fill = changes.find((c) => 'textDocument' in c && c.textDocument.uri === create.uri) as TextDocumentEdit;
    const content = fill.edits.map((e) => ('newText' in e ? e.newText : '')).join('');
    assert.match(content, /^\.git$/m);
    assert.match(content, /^node_modules\/$/m);
    assert.match(content, /^\.env/m);
  } finally {
    await s.close();
  }
});
