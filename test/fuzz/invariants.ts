// What must hold for any input at all: the engine answers (never throws), every range and edit it
// gives back lies inside the document, and every text it shows exists in English and Russian.
import assert from 'node:assert/strict';
import { Engine, type Finding, type LintInput } from '../../server/src/engine/index';
import type { Msg } from '../../server/src/engine/locale';
import type { Span } from '../../server/src/engine/text';

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);
const CYRILLIC = /[а-яё]/i;

function assertInside(span: Span, length: number, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: non-integer offsets ${JSON.stringify(span)}`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `${what}: ${JSON.stringify(span)} outside 0..${length}`);
}

function assertBilingual(m: Msg, what: string): void {
  assert.ok(typeof m.en === 'string' && m.en.trim().length > 0, `${what}: no English text`);
  assert.ok(typeof m.ru === 'string' && m.ru.trim().length > 0, `${what}: no Russian text`);
  assert.ok(CYRILLIC.test(m.ru), `${what}: the Russian text is not Russian: ${JSON.stringify(m.ru)}`);
}

/** Offsets where a cut would split a character or a CRLF pair: an edit boundary there corrupts the text. */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const pairedSurrogates = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return pairedSurrogates || (before === 13 && after === 10);
}

export interface CheckStats {
  findings: number;
  fixes: number;
  hovers: number;
}

export const newStats = (): CheckStats => ({ findings: 0, fixes: 0, hovers: 0 });

/**
 * Lints, asks for the fixes of every finding and hovers at the given offsets (plus the edges and
 * outside them), asserting the invariants. The engine must be strict, so that a rule failure throws.
 */
export function checkDocument(engine: Engine, input: LintInput, hoverOffsets: number[], stats: CheckStats = newStats()): Finding[] {
  const length = input.text.length;
  const model = engine.model(input);
  if (model.kind === 'dockerfile') {
    // The model is bounded by the text: an instruction starts on a line of its own.
    assert.ok(model.instructions.length <= model.doc.lineCount && model.stages.length <= model.instructions.length, 'model larger than the text');
  }
  const findings = engine.lint(input);
  for (const f of findings) {
    assert.ok(f.ruleId, 'finding without a rule id');
    assert.ok(SEVERITIES.has(f.severity), `${f.ruleId}: severity ${f.severity}`);
    assertInside(f.range, length, `${f.ruleId} range`);
    assertBilingual(f.message, `${f.ruleId} message`);
    for (const r of f.related ?? []) {
      if (!r.path) assertInside(r.range, length, `${f.ruleId} related range`);
      assertBilingual(r.message, `${f.ruleId} related message`);
    }
  }
  stats.findings += findings.length;
  for (const f of findings) {
    for (const fix of engine.fixes(input, f)) {
      stats.fixes++;
      assertBilingual(fix.title, `${f.ruleId} fix title`);
      const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      let previousEnd = 0;
      for (const e of edits) {
        assertInside(e, length, `${f.ruleId} fix "${fix.title.en}" edit`);
        assert.ok(e.start >= previousEnd, `${f.ruleId} fix "${fix.title.en}": overlapping edits ${JSON.stringify(fix.edits)}`);
        assert.equal(typeof e.newText, 'string');
        assert.ok(!splitsCharacter(input.text, e.start) && !splitsCharacter(input.text, e.end), `${f.ruleId} fix "${fix.title.en}" cuts a character or a CRLF: ${JSON.stringify(e)}`);
        previousEnd = e.end;
      }
      for (const file of fix.files ?? []) {
        assert.ok(file.kind === 'create' || file.kind === 'append', `${f.ruleId}: file change ${file.kind}`);
        assert.equal(typeof file.text, 'string');
      }
    }
  }
  for (const offset of [0, length, -1, length + 1, ...hoverOffsets]) {
    for (const locale of ['en', 'ru'] as const) {
      const h = engine.hover(input, offset, locale);
      stats.hovers++;
      if (!h) continue;
      assert.equal(typeof h.markdown, 'string');
      assertInside(h.range, length, `hover at ${offset}`);
    }
  }
  return findings;
}

/** Offsets spread over a text of `length` from random fractions (the generators do not know the final length). */
export function offsetsFor(length: number, seeds: number[]): number[] {
  return seeds.map((s) => s % (length + 1));
}

/**
 * fast-check options: a fixed seed so that CI is reproducible; DOCKWISE_FUZZ_SCALE multiplies the runs
 * and DOCKWISE_FUZZ_SEED shifts the seed, for longer hunts by hand.
 */
export function fuzzOptions(seed: number, numRuns: number): { seed: number; numRuns: number; includeErrorInReport: boolean } {
  const scale = Number(process.env.DOCKWISE_FUZZ_SCALE ?? '1');
  const shift = Number(process.env.DOCKWISE_FUZZ_SEED ?? '0');
  return { seed: seed + shift, numRuns: Math.max(1, Math.round(numRuns * (scale > 0 ? scale : 1))), includeErrorInReport: true };
}
