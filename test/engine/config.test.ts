// `.dockwise.yaml`: what is read, what is reported, and which layer wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfigText, mergeConfig, defaultConfig } from '../../server/src/engine/config';

test('a full configuration file', () => {
  const { config, problems } = parseConfigText(
    'rules:\n  ImageLatestTag: error\n  ConsecutiveRunInstructions: off\n  DL3008: false\ntrustedRegistries: [docker.io, ghcr.io]\nlabelSchema:\n  maintainer: email\ncomposeSchemaValidation: off\nmaxFileSize: 1000\n',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(config, {
    rules: { ImageLatestTag: 'error', ConsecutiveRunInstructions: 'off', DL3008: 'off' },
    trustedRegistries: ['docker.io', 'ghcr.io'],
    labelSchema: { maintainer: 'email' },
    composeSchemaValidation: 'off',
    maxFileSize: 1000,
  });
});

const bad: Array<[string, RegExp]> = [
  ['rules: [a]\n', /`rules` must map/],
  ['rules:\n  X: loud\n', /rules\.X: expected/],
  ['trustedRegistries: docker.io\n', /trustedRegistries/],
  ['colour: blue\n', /unknown key `colour`/],
  ['- a\n- b\n', /must be a mapping/],
  ['rules: {a: [\n', /invalid YAML/],
  ['maxFileSize: -1\n', /maxFileSize/],
];
for (const [text, message] of bad) {
  test(`a broken configuration is reported, not thrown: ${JSON.stringify(text)}`, () => {
    const { problems } = parseConfigText(text);
    assert.ok(problems.some((p) => message.test(p.message)), JSON.stringify(problems));
  });
}

test('an empty file is the defaults; later layers win', () => {
  assert.deepEqual(parseConfigText(''), { config: {}, problems: [] });
  const merged = mergeConfig({ rules: { A: 'error', B: 'hint' }, trustedRegistries: ['x'] }, { rules: { A: 'off' } });
  assert.deepEqual(merged, { ...defaultConfig, rules: { A: 'off', B: 'hint' }, trustedRegistries: ['x'] });
});
