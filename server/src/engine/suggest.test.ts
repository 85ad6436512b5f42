import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, suggest, didYouMeanFixes } from './suggest';

test('editDistance counts a swap of neighbours as one edit', () => {
  assert.deepEqual(
    [['FORM', 'FROM'], ['RUNN', 'RUN'], ['', 'abc'], ['copy', 'copy'], ['kitten', 'sitting']].map(([a, b]) => editDistance(a, b)),
    [1, 1, 3, 0, 3],
  );
});

test('suggest ranks close names first and drops far ones', () => {
  assert.deepEqual(suggest('COPPY', ['RUN', 'COPY', 'CMD', 'ADD']), ['COPY']);
  assert.deepEqual(suggest('from', ['platform', 'from', 'chown']), []);
  assert.deepEqual(suggest('FROM', ['from', 'chown']), ['from']);
  assert.deepEqual(suggest('xyz', ['bind', 'cache']), []);
  assert.deepEqual(suggest('StageNameCase', ['StageNameCasing', 'FromAsCasing']), ['StageNameCasing']);
});

test('didYouMeanFixes gives one replacement per candidate, at most three', () => {
  const fixes = didYouMeanFixes(['a', 'b', 'c', 'd'], { start: 2, end: 5 });
  assert.deepEqual(
    fixes.map((f) => [f.title.en, f.title.ru, f.edits]),
    [
      ['Change to "a"', 'Заменить на «a»', [{ start: 2, end: 5, newText: 'a' }]],
      ['Change to "b"', 'Заменить на «b»', [{ start: 2, end: 5, newText: 'b' }]],
      ['Change to "c"', 'Заменить на «c»', [{ start: 2, end: 5, newText: 'c' }]],
    ],
  );
});
