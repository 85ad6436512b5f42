import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveSchemaValidation } from '../../client/src/schemaValidationMode';

const cases: Array<[Parameters<typeof effectiveSchemaValidation>[0], string[], 'on' | 'off']> = [
  ['auto', [], 'on'],
  ['auto', ['vscode.docker', 'dbaeumer.vscode-eslint'], 'on'],
  ['auto', ['RedHat.vscode-yaml'], 'off'],
  ['auto', ['docker.docker'], 'off'],
  ['auto', ['ms-azuretools.vscode-containers'], 'off'],
  [undefined, ['redhat.vscode-yaml'], 'off'],
  ['on', ['redhat.vscode-yaml'], 'on'],
  ['off', [], 'off'],
];

for (const [setting, installed, expected] of cases) {
  test(`schemaValidation ${setting} with [${installed.join(', ')}] is ${expected}`, () => {
    assert.equal(effectiveSchemaValidation(setting, installed), expected);
  });
}
