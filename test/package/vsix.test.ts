// The .vsix holds the bundles, snippets, translations, manifest and notices — no sources, tests,
// maps or node_modules (.vscodeignore is an allow-list; `vsce ls` shows what it lets through).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

test('the .vsix file list is exactly the allow-list', () => {
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean).sort();
  assert.deepEqual(files, [
    'LICENSE',
    'README.md',
    'THIRD_PARTY_NOTICES.md',
    'dist/client.js',
    'dist/server.js',
    'l10n/bundle.l10n.json',
    'l10n/bundle.l10n.ru.json',
    'package.json',
    'package.nls.json',
    'package.nls.ru.json',
    'snippets/compose.json',
    'snippets/dockerfile.json',
  ]);
});
