// One helper per feature for rule tests: whole-value assertions on findings, fixes and hovers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Engine, detectKind, MemoryWorkspace, type Finding, type FixProposal } from '../../server/src/engine/index';
import type { EngineConfig } from '../../server/src/engine/config';
import { applyEdits } from '../../server/src/engine/text';
import { parseFixture, dedent, type FixtureFile } from './fixture';
import { ruleById } from '../../server/src/engine/registry';

export interface Loaded {
  engine: Engine;
  ws: MemoryWorkspace;
  main: FixtureFile;
  files: FixtureFile[];
  findings: Finding[];
}

export interface LoadOptions {
  /** Path of the single file when the fixture has no `//-` lines. */
  path?: string;
  /** Which file of a multi-file fixture is linted (default: the first). */
  lint?: string;
  config?: Partial<EngineConfig>;
}

export function load(src: string, opts: LoadOptions = {}): Loaded {
  const files = parseFixture(dedent(src), opts.path);
  const ws = new MemoryWorkspace(Object.fromEntries(files.map((f) => [f.path, f.text])));
  const main = opts.lint ? files.find((f) => f.path === opts.lint)! : files[0];
  const engine = new Engine({ workspace: ws, config: opts.config, strict: true });
  const findings = engine.lint({ path: main.path, text: main.text, kind: detectKind(main.path) });
  return { engine, ws, main, files, findings };
}

function where(l: Loaded, f: Finding) {
  const s = l.main.text ? posOf(l.main.text, f.range.start) : { line: 0, col: 0 };
  const e = posOf(l.main.text, f.range.end);
  return { ruleId: f.ruleId, line: s.line, startCol: s.col, endCol: e.line === s.line ? e.col : Infinity };
}

function posOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) };
}

/** Asserts that the findings of `ruleIds` are exactly the annotated ones. A finding spanning lines is annotated on its first line up to the end of that line. */
export function expectFindings(src: string, ruleIds: string[] | 'all', opts: LoadOptions = {}): Loaded {
  const l = load(src, opts);
  const wanted = l.main.annotations.filter((a) => ruleIds === 'all' || ruleIds.includes(a.ruleId));
  const got = l.findings
    .filter((f) => ruleIds === 'all' || ruleIds.includes(f.ruleId))
    .map((f) => {
      const w = where(l, f);
      if (w.endCol === Infinity) {
        const lineText = l.main.text.split('\n')[w.line].replace(/\r$/, '');
        w.endCol = lineText.length;
      }
      return w;
    });
  const key = (a: { ruleId: string; line: number; startCol: number; endCol: number }) => `${a.line}:${a.startCol}-${a.endCol} ${a.ruleId}`;
  assert.deepEqual(got.map(key).sort(), wanted.map(key).sort(), `findings differ for:\n${l.main.text}`);
  return l;
}

/** The fixes offered for the first finding of a rule (already verified by the engine). */
export function fixesFor(l: Loaded, ruleId: string): FixProposal[] {
  const f = l.findings.find((x) => x.ruleId === ruleId);
  assert.ok(f, `no ${ruleId} finding in:\n${l.main.text}`);
  return l.engine.fixes({ path: l.main.path, text: l.main.text, kind: detectKind(l.main.path) }, f);
}

/** Applies fix number `index` of the first `ruleId` finding and asserts the resulting text (and other files). */
export function expectFix(
  before: string,
  after: string,
  ruleId: string,
  opts: LoadOptions & { index?: number; title?: string; files?: Record<string, string> } = {},
): void {
  const l = load(before, opts);
  const fixes = fixesFor(l, ruleId).filter((f) => !/^Ignore /.test(f.title.en));
  assert.ok(fixes.length > 0, `${ruleId} offered no (verified) fix for:\n${l.main.text}`);
  const fix = opts.title ? fixes.find((f) => f.title.en === opts.title) : fixes[opts.index ?? 0];
  assert.ok(fix, `no fix titled ${opts.title}; have: ${fixes.map((f) => f.title.en).join(' | ')}`);
  assert.ok(fix.title.en && fix.title.ru, 'fix title needs both languages');
  assert.equal(applyEdits(l.main.text, fix.edits), dedent(after));
  if (opts.files) {
    const changed: Record<string, string> = {};
    for (const fc of fix.files ?? []) {
      const p = path.resolve(fc.path);
      const base = changed[p] ?? l.ws.read(p) ?? '';
      changed[p] = fc.kind === 'append' ? base + fc.text : fc.text;
    }
    assert.deepEqual(changed, Object.fromEntries(Object.entries(opts.files).map(([k, v]) => [path.resolve(k), dedent(v)])));
  }
}

export interface RuleCases {
  /** Fixtures whose annotations for this rule must match exactly. */
  fires?: string[];
  /** Fixtures where the rule must stay silent. */
  quiet?: string[];
  fixes?: Array<{ before: string; after: string; index?: number; title?: string; files?: Record<string, string> }>;
  /** Options for every case (path, config). */
  options?: LoadOptions;
}

/** Registers the data-driven tests of one rule: firing, quiet and fix cases. */
export function ruleCases(ruleId: string, cases: RuleCases): void {
  const opts = cases.options ?? {};
  // A rule that is `off` by default is turned on (as a warning) in the tests that name it.
  const o = { ...opts, config: { ...opts.config, rules: { ...enableIfOff(ruleId), ...(opts.config?.rules ?? {}) } } };
  (cases.fires ?? []).forEach((src, i) => test(`${ruleId} fires #${i + 1}`, () => void expectFindings(src, [ruleId], o)));
  (cases.quiet ?? []).forEach((src, i) =>
    test(`${ruleId} quiet #${i + 1}`, () => {
      const l = load(src, o);
      assert.deepEqual(l.findings.filter((f) => f.ruleId === ruleId).map((f) => where(l, f)), []);
    }),
  );
  (cases.fixes ?? []).forEach((c, i) =>
    test(`${ruleId} fix #${i + 1}`, () => expectFix(c.before, c.after, ruleId, { ...o, index: c.index, title: c.title, files: c.files })),
  );
}

function enableIfOff(ruleId: string): Record<string, 'warning'> {
  return ruleById(ruleId)?.severity === 'off' ? { [ruleId]: 'warning' } : {};
}
