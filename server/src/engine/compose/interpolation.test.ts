import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluatedRefs, interpolate, scanInterpolation } from './interpolation';

test('a $ not followed by a name or { is literal, as in compose-go', () => {
  assert.deepEqual(scanInterpolation('echo $(date) $1 $} a $ b 5$').errors, []);
  assert.equal(interpolate('a $1 $$x', new Map()), 'a $1 $x');
});

test('malformed braces are errors with their spans', () => {
  assert.deepEqual(
    scanInterpolation('x${}y ${1A} ${B').errors.map((e) => [e.start, e.end]),
    [
      [1, 4],
      [6, 11],
      [12, 15],
    ],
  );
});

test('references inside a default are evaluated only when the default is used', () => {
  const env = new Map([['SET', 'v']]);
  const names = (s: string) => evaluatedRefs(s, (n) => env.get(n)).map((r) => r.name);
  assert.deepEqual(names('${SET:-${A}} ${UNSET:-${B}} ${SET:+${C}} ${X:?${D}}'), ['SET', 'UNSET', 'B', 'SET', 'C', 'X']);
});
