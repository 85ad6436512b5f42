import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile } from './model';
import { expandWithDefaults, logicalText, requoteWord, scanRefs, valueAt, variableIndex } from './variables';

const refsOf = (text: string, esc = '\\') => {
  const m = logicalText(text, 0, text.length, esc);
  return scanRefs(m, esc).map((r) => [r.name, text.slice(r.span.start, r.span.end), r.modifier]);
};

test('references: plain, braced, modifiers, nested defaults, quotes and escapes', () => {
  assert.deepEqual(refsOf('$A ${B} ${C:-x$D} ${E+y} ${F:?no} ${G#*/} ${H//a/b}'), [
    ['A', '$A', null],
    ['B', '${B}', null],
    ['C', '${C:-x$D}', ':-'],
    ['D', '$D', null],
    ['E', '${E+y}', '+'],
    ['F', '${F:?no}', ':?'],
    ['G', '${G#*/}', '#'],
    ['H', '${H//a/b}', '//'],
  ]);
  assert.deepEqual(refsOf(`'$A' "$B" \\$C $1 $$ $`), [['B', '$B', null]]);
  assert.deepEqual(refsOf('`$A $B', '`'), [['B', '$B', null]]);
  assert.deepEqual(refsOf('a\\\n  $B'), [['B', '$B', null]]);
  assert.deepEqual(refsOf('${'), []);
});

test('scopes: global ARGs, redeclaration, parent stages, ARG order within one line', () => {
  const text = [
    'ARG BASE=alpine:3.20',
    'ARG TOKEN',
    'FROM $BASE AS one',
    'ARG BASE',
    'ENV HOME_DIR=/srv',
    'FROM one AS two',
    'ARG A=1 B=$A',
    'LABEL x=$HOME_DIR y=$BASE z=$TOKEN',
    '',
  ].join('\n');
  const m = parseDockerfile(text);
  const idx = variableIndex(m);
  const label = m.instructions[7];
  const at = (name: string) => idx.lookup(name, label)?.source;
  assert.deepEqual([at('HOME_DIR'), at('BASE'), at('TOKEN'), at('PATH'), at('TARGETARCH')], ['env', 'arg', undefined, 'predefined', undefined]);
  assert.equal(idx.lookup('TARGETARCH', m.instructions[2])?.source, 'predefined');
  const argLine = m.instructions[6];
  const bRef = idx.refs(argLine).find((r) => r.name === 'A')!;
  assert.equal(idx.lookup('A', argLine, bRef.span.start)?.value, '1');
  assert.deepEqual(
    idx.refs(label).map((r) => [r.name, r.checked]),
    [['HOME_DIR', true], ['BASE', true], ['TOKEN', true]],
  );
  assert.equal(valueAt(m, 'BASE', label.span.start)?.value, 'alpine:3.20');
  assert.deepEqual(idx.visibleNames(label).sort(), ['A', 'B', 'BASE', 'HOME_DIR', 'PATH']);
});

test('what is expanded: not RUN/CMD shell text, flags and mounts yes, heredoc bodies no', () => {
  const m = parseDockerfile(
    ['FROM alpine', 'RUN --mount=type=cache,target=$CACHE echo $SHELL_VAR', 'COPY --chown=$U <<EOF /x', '$BODY', 'EOF', 'CMD $X', 'EXPOSE $P', ''].join('\n'),
  );
  const idx = variableIndex(m);
  assert.deepEqual(
    m.instructions.flatMap((i) => idx.refs(i).map((r) => `${i.keyword}:${r.name}:${r.checked}`)),
    ['RUN:CACHE:true', 'COPY:U:true', 'EXPOSE:P:false'],
  );
});

test('expansion with defaults and requoting of legacy values', () => {
  const m = parseDockerfile('ARG V=1.2\nARG R=${V%.*}\nARG T\nFROM img:${V}-${T:-x}\n');
  assert.equal(expandWithDefaults(m, 'img:${V}-${T:-x}'), 'img:1.2-x');
  assert.equal(expandWithDefaults(m, '${R}'), null);
  assert.equal(expandWithDefaults(m, '${T:?need}'), null);
  assert.equal(requoteWord(`'a $b' "c \\"d\\"" e\\ f $g`, '\\'), '"a \\$b c \\"d\\" e f $g"');
});

test('never throws on malformed input', () => {
  for (const t of ['FROM', 'ENV', 'ARG =', 'LABEL "unterminated', 'ENV A="${B', 'COPY <<EOF', '\uFEFFFROM a\r\nENV X $Y\r\n', '\x00\x01$']) {
    const m = parseDockerfile(t);
    const idx = variableIndex(m);
    for (const i of m.instructions) idx.refs(i);
  }
});
