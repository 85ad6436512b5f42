// The CLI as a process: discovery, formats, exit codes, configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'dockwise.js');

function dockwise(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockwise-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const BROKEN = 'FROM alpine:3.20\nCOPY a b /app\n';

test('json output: one array, 1-based positions, exit 1 on an error', () => {
  const dir = project({ 'svc/Dockerfile': BROKEN });
  const r = dockwise(['lint', '--format', 'json', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  const f = out.find((x) => x.rule === 'CopyToNonDirectory');
  assert.deepEqual(f, {
    file: path.join('svc', 'Dockerfile'),
    line: 2,
    column: 10,
    endLine: 2,
    endColumn: 14,
    rule: 'CopyToNonDirectory',
    severity: 'error',
    message: 'With several sources the destination must be a directory ending in "/".',
  });
});

test('text output reads like a compiler', () => {
  const dir = project({ Dockerfile: BROKEN });
  const r = dockwise(['lint', 'Dockerfile'], dir);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^Dockerfile:2:10: error: With several sources the destination must be a directory ending in "\/"\. \[CopyToNonDirectory\]$/m);
  assert.match(r.stdout, /1 file checked: 1 error\(s\)/);
});

test('text output is coloured only when asked or on a terminal', () => {
  const dir = project({ Dockerfile: BROKEN });
  assert.match(dockwise(['lint', '--color', 'Dockerfile'], dir).stdout, /\x1b\[31merror/);
  assert.doesNotMatch(dockwise(['lint', 'Dockerfile'], dir).stdout, /\x1b\[/);
});

test('sarif output is SARIF 2.1.0 with the rule and region', () => {
  const dir = project({ Dockerfile: BROKEN });
  const r = dockwise(['lint', '--format=sarif', '.'], dir);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'CopyToNonDirectory');
  assert.equal(res.level, 'error');
  assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 2, startColumn: 10, endLine: 2, endColumn: 14 });
});

test('exit codes: 0 below --fail-on, 1 at it, 2 for usage errors', () => {
  const dir = project({ Dockerfile: 'FROM alpine:3.20\nCOPY a /app/\n', '.dockwise.yaml': 'rules:\n  CopyToNonDirectory: info\n' });
  assert.equal(dockwise(['lint', '.'], dir).code, 0);
  writeFileSync(path.join(dir, 'Dockerfile'), BROKEN);
  assert.equal(dockwise(['lint', '.'], dir).code, 0, 'demoted to info by .dockwise.yaml');
  assert.equal(dockwise(['lint', '--fail-on', 'info', '.'], dir).code, 1);
  assert.equal(dockwise(['lint', '--format', 'xml', '.'], dir).code, 2);
  assert.equal(dockwise(['lint', '--bogus', '.'], dir).code, 2);
  assert.equal(dockwise(['lint', 'no-such-file'], dir).code, 2);
  assert.equal(dockwise(['frobnicate'], dir).code, 2);
  assert.equal(dockwise(['--help'], dir).code, 0);
});

test('--config names another file; a broken config is a usage error', () => {
  const dir = project({ Dockerfile: BROKEN, 'ci.yaml': 'rules:\n  CopyToNonDirectory: off\n', 'bad.yaml': 'rules: [1, 2]\n' });
  const r = dockwise(['lint', '--config', 'ci.yaml', '--format', 'json', '.'], dir);
  assert.deepEqual(JSON.parse(r.stdout).filter((x: { rule: string }) => x.rule === 'CopyToNonDirectory'), []);
  const bad = dockwise(['lint', '--config', 'bad.yaml', '.'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /rules/);
});

test('folders are searched for Dockerfiles and compose files by name; node_modules is skipped', () => {
  const dir = project({
    'a/Dockerfile': 'FROM alpine:3.20\n',
    'b/api.Dockerfile': 'FROM alpine:3.20\n',
    'c/Dockerfile.dev': 'FROM alpine:3.20\n',
    'c2/Dockerfile-prod': 'FROM alpine:3.20\n',
    'd/Containerfile': 'FROM alpine:3.20\n',
    'e/compose.yaml': 'services: {}\n',
    'f/docker-compose.prod.yml': 'services: {}\n',
    'node_modules/x/Dockerfile': BROKEN,
    'g/README.md': '# not a Dockerfile\n',
  });
  const r = dockwise(['lint', '--format', 'text', '.'], dir);
  assert.match(r.stdout, /7 files checked/);
});

test('messages follow --language and LANG', () => {
  const dir = project({ Dockerfile: BROKEN });
  const message = (out: string) => (JSON.parse(out) as Array<{ rule: string; message: string }>).find((x) => x.rule === 'CopyToNonDirectory')!.message;
  assert.match(message(dockwise(['lint', '--language', 'ru', '--format', 'json', '.'], dir).stdout), /При нескольких источниках/);
  assert.match(message(dockwise(['lint', '--format', 'json', '.'], dir, { LANG: 'ru_RU.UTF-8' }).stdout), /При нескольких источниках/);
});
