// Huge inputs lint without an exception: 10,000 services, a 1 MB line, a multi-megabyte Dockerfile.
// Times are printed (never asserted); the model's size is asserted against the text's, which is the
// deterministic part of "bounded by the input".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { Engine, MemoryWorkspace, type LintInput } from '../../server/src/engine/index';
import { parseCompose, type CNode } from '../../server/src/engine/compose/model';
import { bigDockerfile, longLine, manyServices } from './huge';

function lintTimed(t: { diagnostic(m: string): void }, label: string, engine: Engine, input: LintInput) {
  const start = performance.now();
  const findings = engine.lint(input);
  t.diagnostic(`${label}: ${input.text.length} chars, ${findings.length} findings in ${Math.round(performance.now() - start)} ms`);
  for (const f of findings) assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= input.text.length, `${f.ruleId} ${JSON.stringify(f.range)}`);
  for (const o of [0, input.text.length >> 1, input.text.length - 1, input.text.length]) engine.hover(input, o, 'en');
  return findings;
}

function countNodes(root: CNode | null): number {
  const seen = new Set<CNode>();
  const stack = root ? [root] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.type === 'seq') stack.push(...n.items);
    else if (n.type === 'map') for (const p of n.pairs) if (p.value) stack.push(p.value);
  }
  return seen.size;
}

test('10,000 services lint with every rule without an exception; the tree is built once, not per merge', (t) => {
  const text = manyServices(10_000);
  const input = { path: '/ws/compose.yaml', text, kind: 'compose' as const };
  const model = parseCompose(text, input.path);
  // 14 written nodes per service (the first has no depends_on), the root, `services` and the anchored
  // map with its one value: merge keys share the anchored nodes, never copy them.
  assert.equal(countNodes(model.root), 4 + 10_000 * 14 - 2);
  assert.deepEqual(model.problems, []);
  const findings = lintTimed(t, '10,000 services', new Engine({ strict: true, workspace: new MemoryWorkspace({ '/ws/.env': 'TAG=1\n' }) }), input);
  // Every third service builds a folder that does not exist.
  assert.equal(findings.filter((f) => f.ruleId === 'BuildContextNotFound').length, Math.ceil(10_000 / 3));
});

test('a 1 MB single line lints without an exception (Dockerfile RUN, compose string, compose flow list)', (t) => {
  const line = longLine(1 << 20);
  lintTimed(t, '1 MB RUN line', new Engine({ strict: true }), { path: '/ws/Dockerfile', text: `FROM alpine:3.20\nRUN echo ${line}\n`, kind: 'dockerfile' });
  lintTimed(t, '1 MB compose string', new Engine({ strict: true }), { path: '/ws/compose.yaml', text: `services:\n  web:\n    image: nginx:1.27\n    command: "${line}"\n`, kind: 'compose' });
  const items = Array.from({ length: 140_000 }, (_, i) => `a${i}`).join(', ');
  const flow = `services:\n  web:\n    image: nginx:1.27\n    command: [${items}]\n`;
  assert.ok(flow.length > 1_000_000);
  const findings = lintTimed(t, '1 MB flow list', new Engine({ strict: true }), { path: '/ws/compose.yaml', text: flow, kind: 'compose' });
  assert.deepEqual(findings, []);
});

test('a 1 MB multi-stage Dockerfile is analysed in full without an exception (5 MB: scripts/fuzz-bench.mjs)', (t) => {
  // Over the 4 MB limit a file gets one notice (test/bad-input); under it, every rule runs.
  const text = bigDockerfile(1 << 20);
  const findings = lintTimed(t, '1 MB Dockerfile', new Engine({ strict: true }), { path: '/ws/Dockerfile', text, kind: 'dockerfile' });
  assert.ok(findings.length > 0 && findings.every((f) => f.ruleId !== 'FileTooLarge'));
});
