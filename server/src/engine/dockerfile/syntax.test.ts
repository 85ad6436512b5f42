import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile } from './model';
import { frontendOf, frontendSupports, FLAGS, goDurationNs, mountFields, directivesInEffect, SIGNALS, joinedText } from './syntax';

const fe = (text: string) => {
  const f = frontendOf(parseDockerfile(text));
  return { version: f.version, labs: f.labs, foreign: f.foreign };
};

test('frontendOf reads the pinned docker/dockerfile version', () => {
  assert.deepEqual(
    [
      fe('FROM a\n'),
      fe('# syntax=docker/dockerfile:1\nFROM a\n'),
      fe('# syntax=docker/dockerfile:1.4\nFROM a\n'),
      fe('# syntax=docker.io/docker/dockerfile:1.7-labs\nFROM a\n'),
      fe('# syntax=docker/dockerfile-upstream:1.20.0@sha256:00\nFROM a\n'),
      fe('# syntax=example.com/my/frontend:2\nFROM a\n'),
    ],
    [
      { version: null, labs: false, foreign: false },
      { version: null, labs: false, foreign: false },
      { version: [1, 4], labs: false, foreign: false },
      { version: [1, 7], labs: true, foreign: false },
      { version: [1, 20], labs: false, foreign: false },
      { version: null, labs: false, foreign: true },
    ],
  );
});

test('frontendSupports honours stable and labs versions', () => {
  const parents = FLAGS.COPY.find((f) => f.name === 'parents')!;
  const pinned = (t: string) => frontendOf(parseDockerfile(`# syntax=docker/dockerfile:${t}\nFROM a\n`));
  assert.deepEqual(['1.6', '1.7-labs', '1.19', '1.20', '1'].map((t) => frontendSupports(pinned(t), parents)), [false, true, false, true, true]);
});

test('goDurationNs reads Go durations', () => {
  assert.deepEqual(['30s', '1m30s', '500ms', '0', '1.5h', '10', '5 sec', '-1s'].map(goDurationNs), [30e9, 90e9, 500e6, 0, 5400e9, null, null, -1e9]);
});

test('mountFields splits a quoted --mount value with document spans', () => {
  const text = 'FROM a\nRUN --mount="type=cache,target=/x",ro true\n';
  const m = parseDockerfile(text);
  const fields = mountFields(text, m.instructions[1].flags[0]);
  assert.deepEqual(
    fields.map((f) => [f.key, f.value, text.slice(f.span.start, f.span.end)]),
    [
      ['type', 'cache', 'type=cache'],
      ['target', '/x', 'target=/x'],
      ['ro', null, 'ro'],
    ],
  );
});

test('directivesInEffect stops at an unknown directive, as BuildKit does', () => {
  const m = parseDockerfile('# syntax=docker/dockerfile:1\n# foo=bar\n# escape=`\nFROM a\n');
  assert.deepEqual(directivesInEffect(m).map((d) => d.name), ['syntax']);
});

test('signal table and joined text', () => {
  assert.deepEqual([SIGNALS.includes('TERM'), SIGNALS.includes('RTMIN+15'), SIGNALS.includes('RTMAX-14'), SIGNALS.includes('SIGTERM')], [true, true, true, false]);
  const text = 'FROM a\nSHELL ["a", \\\n# note\n  "b"]\n';
  const m = parseDockerfile(text);
  assert.equal(joinedText(m, m.instructions[1].argsSpan!), '["a",   "b"]');
});
