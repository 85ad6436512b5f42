import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aptPinned, apkPinned, gemPinned, goPinned, npmPinned, pipPinned, rpmPinned, zypperPinned } from './packageManagers';

/** predicate -> [pinned words, floating words] */
const CASES: Array<[string, (v: string) => boolean, string[], string[]]> = [
  ['apt', aptPinned, ['curl=7.88.1-10', 'nginx/bookworm-backports', './x_1.0_amd64.deb'], ['curl', 'libssl3']],
  ['apk', apkPinned, ['curl=8.9.1-r0', 'tzdata~2024', 'openssl>3.3', 'pkg.apk'], ['curl', 'py3-pip']],
  ['rpm', rpmPinned, ['httpd-2.4.6', 'git-2.45.1-1.fc40', 'java-1.8.0-openjdk', 'x.rpm', 'https://e.com/x'], ['httpd', 'python3-devel', 'shadow-utils', 'gcc-c++']],
  ['zypper', zypperPinned, ['curl=8.6.0', 'git>=2.43', 'tool.rpm'], ['curl', 'git-core']],
  ['pip', pipPinned, ['flask==3.0.3', 'django>=4.2,<5', 'attrs~=23.1', '.', './pkg', 'a-1.0-py3-none-any.whl', 'git+https://h/r.git@v1'], ['flask', 'git+https://h/r.git', 'pip']],
  ['npm', npmPinned, ['express@4.19.2', '@scope/pkg@1.0.0', './local', '/opt/pkg.tgz', 'git+https://h/r.git#v1'], ['express', '@angular/cli', 'npm@latest', 'git+https://h/r.git']],
  ['gem', gemPinned, ['bundler:2.5.9', 'tool-1.0.gem'], ['bundler']],
  ['go', goPinned, ['golang.org/x/tools/gopls@v0.16.1', './cmd/...', '.', 'main.go', 'mymodule/internal/tool'], ['golang.org/x/tools/gopls', 'example.com/x@latest', 'example.com/x@main']],
];

for (const [name, pinned, good, bad] of CASES) {
  test(`pinning: ${name}`, () => {
    assert.deepEqual(good.filter((v) => !pinned(v)), [], 'pinned words read as floating');
    assert.deepEqual(bad.filter((v) => pinned(v)), [], 'floating words read as pinned');
  });
}
