import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABEL_FORMATS } from './labelFormats';

/** kind -> [valid values, invalid values] */
const CASES: Record<string, [string[], string[]]> = {
  url: [['https://example.com', 'http://localhost:8080/x?y=1', 'git+ssh://git@example.com/repo.git', 'mailto:team@example.com'], ['example.com', 'https://', '/relative/path', 'https://exa mple.com']],
  rfc3339: [['2024-05-01T12:00:00Z', '2024-02-29T23:59:60.123+05:30', '2024-05-01 12:00:00z'], ['2024-05-01', '2023-02-29T00:00:00Z', '2024-05-01T24:00:00Z', '2024-05-01T12:00:00']],
  spdx: [['MIT', 'apache-2.0', 'GPL-2.0+', 'MIT OR (Apache-2.0 AND BSD-2-Clause)', 'LicenseRef-Proprietary', 'GPL-3.0-only WITH GCC-exception-3.1'], ['Apache 2.0', 'GPLv3', 'MIT OR', '(MIT', 'MIT AND AND BSD-3-Clause', '']],
  hash: [['0123abc', '0123456789abcdef0123456789abcdef01234567'], ['abc', 'xyz1234', '0123456789abcdef0123456789abcdef012345678']],
  semver: [['1.2.3', '0.0.0-alpha.1', '1.0.0+build.7', '10.20.30-rc.1+sha.5114f85'], ['v1.2.3', '1.2', '01.2.3', '1.2.3-', '1.2.3-01']],
  email: [['team@example.com', 'first.last+tag@sub.example.org'], ['ACME team', 'team@localhost', '@example.com', 'a@b@example.com', 'Team <team@example.com>']],
};

for (const [kind, [good, bad]] of Object.entries(CASES)) {
  test(`label format ${kind}`, () => {
    const f = LABEL_FORMATS[kind];
    assert.deepEqual(good.filter((v) => !f.valid(v)), [], 'valid values rejected');
    assert.deepEqual(bad.filter((v) => f.valid(v)), [], 'invalid values accepted');
  });
}
