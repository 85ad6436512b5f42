// Property-based: generated compose projects, their mutations, arbitrary text, deep nesting and alias
// bombs never make the engine throw, and the resolved tree stays bounded by the text, not by expansion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine, MemoryWorkspace } from '../../server/src/engine/index';
import { parseCompose, toPlain, type CNode } from '../../server/src/engine/compose/model';
import { composeArb, composeWorkspaceArb, mutationsArb, mutate } from './arbitraries';
import { checkDocument, fuzzOptions, newStats, offsetsFor } from './invariants';

const path = '/ws/compose.yaml';
const offsets = fc.array(fc.nat(), { minLength: 4, maxLength: 16 });

/** Distinct nodes of the resolved tree (aliases and merge keys share nodes, so this is what was built). */
function distinctNodes(root: CNode | null): number {
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

/** Values in a plain (JSON-like) tree. */
function plainSize(v: unknown): number {
  if (Array.isArray(v)) return 1 + v.reduce((s: number, x) => s + plainSize(x), 0);
  if (v && typeof v === 'object') return 1 + Object.values(v).reduce((s: number, x) => s + plainSize(x), 0);
  return 1;
}

/** The model's work is bounded by the text: shared nodes are built once, and expansion is cut. */
function assertBoundedModel(text: string): void {
  const model = parseCompose(text, path);
  assert.ok(distinctNodes(model.root) <= text.length + 1, `resolved tree has more nodes than the text has characters`);
  // The expansion stops after 200,000 values; the nodes open at that moment end with nulls.
  assert.ok(plainSize(toPlain(model.root)) <= 200_000 + text.length, 'the plain expansion is not cut');
}

test('generated compose projects: no exception, findings, fixes and hovers inside the text, both languages', (t) => {
  const stats = newStats();
  let cases = 0;
  fc.assert(
    fc.property(composeArb, composeWorkspaceArb, offsets, (text, files, seeds) => {
      cases++;
      const engine = new Engine({ strict: true, workspace: new MemoryWorkspace({ ...files, [path]: text }) });
      checkDocument(engine, { path, text, kind: 'compose' }, offsetsFor(text.length, seeds), stats);
      assertBoundedModel(text);
    }),
    fuzzOptions(0xc0de01, 40),
  );
  t.diagnostic(`${cases} cases; ${stats.findings} findings, ${stats.fixes} fixes, ${stats.hovers} hovers checked`);
});

test('mutated compose files (lines lost and doubled, cut, junk bytes, BOM, CR, NUL, tabs, lost indentation)', (t) => {
  const stats = newStats();
  let cases = 0;
  fc.assert(
    fc.property(composeArb, composeWorkspaceArb, mutationsArb, offsets, (original, files, mutations, seeds) => {
      cases++;
      const text = mutations.reduce(mutate, original);
      const engine = new Engine({ strict: true, workspace: new MemoryWorkspace({ ...files, [path]: original }) });
      checkDocument(engine, { path, text, kind: 'compose' }, offsetsFor(text.length, seeds), stats);
      assertBoundedModel(text);
    }),
    fuzzOptions(0xc0de02, 50),
  );
  t.diagnostic(`${cases} cases; ${stats.findings} findings, ${stats.fixes} fixes, ${stats.hovers} hovers checked`);
});

test('arbitrary text as a compose file (any code point, YAML punctuation soup)', (t) => {
  const stats = newStats();
  let cases = 0;
  const yamlSoup = fc.string({ unit: fc.constantFrom('s', 'e', 'r', 'v', 'i', 'c', ' ', '  ', '\n', ':', '-', '[', ']', '{', '}', '&a', '*a', '<<', '!', '|', '>', '#', '"', "'", '$', '%', '@', '`', '?', ','), maxLength: 200 });
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), yamlSoup, yamlSoup.map((s) => `services:\n  web:\n    ${s}`));
  fc.assert(
    fc.property(anyText, offsets, (text, seeds) => {
      cases++;
      checkDocument(new Engine({ strict: true }), { path, text, kind: 'compose' }, offsetsFor(text.length, seeds), stats);
      assertBoundedModel(text);
    }),
    fuzzOptions(0xc0de03, 300),
  );
  t.diagnostic(`${cases} cases; ${stats.findings} findings, ${stats.fixes} fixes, ${stats.hovers} hovers checked`);
});

/** Billion-laughs: `levels` anchors, each a list of `width` aliases to the one before. */
const aliasBomb = fc
  .record({
    levels: fc.integer({ min: 2, max: 12 }),
    width: fc.integer({ min: 2, max: 12 }),
    shape: fc.constantFrom('seq', 'merge', 'map'),
    place: fc.constantFrom('command', 'x-field', 'environment', 'services'),
  })
  .map(({ levels, width, shape, place }) => {
    const lines = ['x-bomb:'];
    lines.push(shape === 'map' ? '  l0: &l0 {a: lol, b: lol}' : '  l0: &l0 ["lol", "lol"]');
    for (let l = 1; l < levels; l++) {
      const refs = Array.from({ length: width }, () => `*l${l - 1}`);
      if (shape === 'seq') lines.push(`  l${l}: &l${l} [${refs.join(', ')}]`);
      else if (shape === 'merge') lines.push(`  l${l}: &l${l} {<<: [*l${l - 1}], k${l}: [${refs.join(', ')}]}`);
      else lines.push(`  l${l}: &l${l} {${refs.map((r, i) => `k${i}: ${r}`).join(', ')}}`);
    }
    const top = `*l${levels - 1}`;
    if (place === 'services') lines.push(`services: ${top}`);
    else lines.push('services:', '  web:', '    image: nginx:1.27', place === 'command' ? `    command: ${top}` : place === 'environment' ? `    environment: ${top}` : `    x-payload: ${top}`);
    return lines.join('\n') + '\n';
  });

test('alias bombs are cut: the tree is built once per written node and hovers still answer', (t) => {
  const stats = newStats();
  let cases = 0;
  fc.assert(
    fc.property(aliasBomb, offsets, (text, seeds) => {
      cases++;
      assertBoundedModel(text);
      checkDocument(new Engine({ strict: true }), { path, text, kind: 'compose' }, offsetsFor(text.length, seeds), stats);
    }),
    fuzzOptions(0xc0de04, 40),
  );
  t.diagnostic(`${cases} cases; ${stats.findings} findings, ${stats.fixes} fixes, ${stats.hovers} hovers checked`);
});

/** Nesting far beyond what a person writes, in block and flow style, sequences and mappings. */
const deepNesting = fc
  .record({ depth: fc.integer({ min: 50, max: 1500 }), style: fc.constantFrom('flow-seq', 'flow-map', 'block-map', 'block-seq', 'mixed') })
  .map(({ depth, style }) => {
    const head = 'services:\n  web:\n    image: nginx:1.27\n';
    if (style === 'flow-seq') return `${head}    command: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`;
    if (style === 'flow-map') return `${head}    x-deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
    if (style === 'mixed') return `${head}    x-deep: ${'[{a: '.repeat(depth)}1${'}]'.repeat(depth)}\n`;
    // Block nesting grows the text quadratically; keep it to a few hundred levels.
    const d = Math.min(depth, 400);
    if (style === 'block-map') return `${head}    x-deep:\n${Array.from({ length: d }, (_, i) => `${' '.repeat(6 + i)}k${i}:`).join('\n')} 1\n`;
    return `${head}    x-deep:\n${Array.from({ length: d }, (_, i) => `${' '.repeat(6 + i)}-`).join('\n')} 1\n`;
  });

test('deep YAML nesting: no stack overflow, the tree is cut at a fixed depth', (t) => {
  const stats = newStats();
  let cases = 0;
  fc.assert(
    fc.property(deepNesting, offsets, (text, seeds) => {
      cases++;
      assertBoundedModel(text);
      checkDocument(new Engine({ strict: true }), { path, text, kind: 'compose' }, offsetsFor(text.length, seeds), stats);
    }),
    fuzzOptions(0xc0de05, 30),
  );
  t.diagnostic(`${cases} cases; ${stats.findings} findings, ${stats.fixes} fixes, ${stats.hovers} hovers checked`);
});
