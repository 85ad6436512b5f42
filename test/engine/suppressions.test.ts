// Suppression comments and the "Ignore RuleId here / in this file" actions, for both kinds of file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, MemoryWorkspace, detectKind } from '../../server/src/engine/index';
import { applyEdits } from '../../server/src/engine/text';
import { dedent } from '../harness/fixture';

function lint(text: string, path = '/ws/Dockerfile') {
  const engine = new Engine({ workspace: new MemoryWorkspace({ '/ws/.dockerignore': '.git\n' }), strict: true });
  const input = { path, text: dedent(text), kind: detectKind(path) };
  return { engine, input, findings: engine.lint(input) };
}

const ids = (text: string, rule: string, path?: string) => lint(text, path).findings.filter((f) => f.ruleId === rule).length;

const BAD_COPY = 'COPY a b /app';

const dockerfileCases: Array<[string, string, number]> = [
  ['no comment', `FROM alpine:3.20\n${BAD_COPY}\n`, 1],
  ['dockwise-ignore above', `FROM alpine:3.20\n# dockwise-ignore CopyToNonDirectory\n${BAD_COPY}\n`, 0],
  ['dockwise-ignore with a list', `FROM alpine:3.20\n# dockwise-ignore ShellSyntaxInCopy, CopyToNonDirectory\n${BAD_COPY}\n`, 0],
  ['dockwise-ignore of another rule', `FROM alpine:3.20\n# dockwise-ignore ShellSyntaxInCopy\n${BAD_COPY}\n`, 1],
  ['dockwise-ignore two lines up, comments between', `FROM alpine:3.20\n# dockwise-ignore CopyToNonDirectory\n# copy the two files\n${BAD_COPY}\n`, 0],
  ['dockwise-ignore separated by a blank line', `FROM alpine:3.20\n# dockwise-ignore CopyToNonDirectory\n\n${BAD_COPY}\n`, 1],
  ['dockwise-ignore only covers the next instruction', `FROM alpine:3.20\n# dockwise-ignore CopyToNonDirectory\n${BAD_COPY}\n${BAD_COPY}\n`, 1],
  ['dockwise-ignore covers a continued instruction', `FROM alpine:3.20\n# dockwise-ignore CopyToNonDirectory\nCOPY a \\\n  b /app\n`, 0],
  ['dockwise-ignore-file', `# dockwise-ignore-file CopyToNonDirectory\nFROM alpine:3.20\n${BAD_COPY}\n${BAD_COPY}\n`, 0],
  ['check=skip directive', `# check=skip=CopyToNonDirectory\nFROM alpine:3.20\n${BAD_COPY}\n`, 0],
  ['check=skip=all', `# check=skip=all\nFROM alpine:3.20\n${BAD_COPY}\n`, 0],
  ['check=skip above one instruction', `FROM alpine:3.20\n# check=skip=CopyToNonDirectory\n${BAD_COPY}\n${BAD_COPY}\n`, 1],
  ['hadolint ignore by DL code', `FROM alpine:3.20\n# hadolint ignore=DL3021\n${BAD_COPY}\n`, 0],
  ['hadolint global ignore', `# hadolint global ignore=DL3021\nFROM alpine:3.20\n${BAD_COPY}\n`, 0],
  ['hadolint stage ignore', `# hadolint stage ignore=DL3021\nFROM alpine:3.20\n${BAD_COPY}\n${BAD_COPY}\nFROM alpine:3.20\n${BAD_COPY}\n`, 1],
];

for (const [name, text, n] of dockerfileCases) {
  test(`Dockerfile suppression: ${name}`, () => assert.equal(ids(text, 'CopyToNonDirectory'), n));
}

test('compose suppression: above a key, and file-wide', () => {
  const file = '/ws/compose.yaml';
  assert.equal(ids('services:\n  web:\n    image: nginx:1.27\n    privileged: true\n', 'PrivilegedContainer', file), 1);
  assert.equal(ids('services:\n  web:\n    image: nginx:1.27\n    # dockwise-ignore PrivilegedContainer\n    privileged: true\n', 'PrivilegedContainer', file), 0);
  assert.equal(ids('# dockwise-ignore-file PrivilegedContainer\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n', 'PrivilegedContainer', file), 0);
});

function ignoreEdit(text: string, rule: string, which: 'here' | 'file', path = '/ws/Dockerfile') {
  const { engine, input, findings } = lint(text, path);
  const f = findings.find((x) => x.ruleId === rule)!;
  assert.ok(f, `no ${rule}`);
  const fix = engine.fixes(input, f).find((p) => p.title.en === (which === 'here' ? `Ignore ${rule} here` : `Ignore ${rule} in this file`))!;
  assert.equal(fix.title.ru, which === 'here' ? `Игнорировать ${rule} здесь` : `Игнорировать ${rule} во всём файле`);
  const after = applyEdits(input.text, fix.edits);
  assert.equal(engine.lint({ ...input, text: after }).filter((x) => x.ruleId === rule && x.range.start >= f.range.start - 200).length < findings.filter((x) => x.ruleId === rule).length, true);
  return after;
}

const ignoreCases: Array<[string, string, 'here' | 'file', string, string?]> = [
  ['here: inserts a comment with the indentation', `FROM alpine:3.20\n  ${BAD_COPY}\n`, 'here', `FROM alpine:3.20\n  # dockwise-ignore CopyToNonDirectory\n  ${BAD_COPY}\n`],
  ['here: extends an existing dockwise-ignore', `FROM alpine:3.20\n# dockwise-ignore ShellSyntaxInCopy\n${BAD_COPY}\n`, 'here', `FROM alpine:3.20\n# dockwise-ignore ShellSyntaxInCopy, CopyToNonDirectory\n${BAD_COPY}\n`],
  ['here: keeps CRLF', `FROM alpine:3.20\r\n${BAD_COPY}\r\n`, 'here', `FROM alpine:3.20\r\n# dockwise-ignore CopyToNonDirectory\r\n${BAD_COPY}\r\n`],
  ['file: adds a check directive at the top', `FROM alpine:3.20\n${BAD_COPY}\n`, 'file', `# check=skip=CopyToNonDirectory\nFROM alpine:3.20\n${BAD_COPY}\n`],
  ['file: goes below the other directives', `# syntax=docker/dockerfile:1\nFROM alpine:3.20\n${BAD_COPY}\n`, 'file', `# syntax=docker/dockerfile:1\n# check=skip=CopyToNonDirectory\nFROM alpine:3.20\n${BAD_COPY}\n`],
  ['file: extends an existing check=skip', `# check=skip=JSONArgsRecommended\nFROM alpine:3.20\n${BAD_COPY}\n`, 'file', `# check=skip=JSONArgsRecommended,CopyToNonDirectory\nFROM alpine:3.20\n${BAD_COPY}\n`],
  ['file: adds skip to a check=error line', `# check=error=true\nFROM alpine:3.20\n${BAD_COPY}\n`, 'file', `# check=error=true;skip=CopyToNonDirectory\nFROM alpine:3.20\n${BAD_COPY}\n`],
  ['compose file: a dockwise-ignore-file line', 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n', 'file', '# dockwise-ignore-file PrivilegedContainer\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n', '/ws/compose.yaml'],
  ['compose here: above the key', 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n', 'here', 'services:\n  web:\n    image: nginx:1.27\n    # dockwise-ignore PrivilegedContainer\n    privileged: true\n', '/ws/compose.yaml'],
];

for (const [name, before, which, after, path] of ignoreCases) {
  test(`ignore action, ${name}`, () => {
    const rule = path ? 'PrivilegedContainer' : 'CopyToNonDirectory';
    assert.equal(ignoreEdit(before, rule, which, path), after);
  });
}

test('severity settings by id and by hadolint code; off disables', () => {
  const text = `FROM alpine:3.20\n${BAD_COPY}\n`;
  const run = (rules: Record<string, string>) =>
    new Engine({ workspace: new MemoryWorkspace({ '/ws/.dockerignore': '' }), config: { rules: rules as never } }).lint({ path: '/ws/Dockerfile', text }).filter((f) => f.ruleId === 'CopyToNonDirectory');
  assert.equal(run({})[0].severity, 'error');
  assert.equal(run({ CopyToNonDirectory: 'hint' })[0].severity, 'hint');
  assert.equal(run({ DL3021: 'warning' })[0].severity, 'warning');
  assert.deepEqual(run({ CopyToNonDirectory: 'off' }), []);
});
