// Text edits around one YAML node that keep the file as written: comments, quotes, anchors and
// indentation survive, because nothing is re-serialised.
import type { CMap, CNode, CPair, ComposeModel } from '../model';
import { pairOf } from '../model';
import type { TextEdit } from '../../text';

/** The column of the first non-blank character of the line holding `offset`. */
export function lineIndent(model: ComposeModel, offset: number): number {
  const line = model.doc.positionAt(offset).line;
  return /^[ \t]*/.exec(model.doc.lineText(line))![0].length;
}

export function column(model: ComposeModel, offset: number): number {
  return model.doc.positionAt(offset).character;
}

/** The file's indentation step: how far the first nested block mapping is indented (2 when unknown). */
export function indentUnit(model: ComposeModel): number {
  const root = model.root;
  if (root?.type === 'map') {
    for (const p of root.pairs) {
      const v = p.value;
      if (v?.type === 'map' && !isFlow(model, v) && v.pairs.length) {
        const d = column(model, v.span.start) - column(model, p.keySpan.start);
        if (d > 0 && d <= 8) return d;
      }
    }
  }
  return 2;
}

/** True for `{…}` and `[…]` collections. */
export function isFlow(model: ComposeModel, node: CNode): boolean {
  const c = model.text[node.span.start];
  return node.type !== 'scalar' && (c === '{' || c === '[');
}

/** The offset where a new line can start right after a node, and the line break to write first when the file ends without one. */
export function afterNode(model: ComposeModel, node: { span: { end: number } }): { at: number; lead: string } {
  const { text, doc } = model;
  const end = node.span.end;
  if (end > 0 && text[end - 1] === '\n') return { at: end, lead: '' };
  const line = doc.positionAt(end).line;
  const at = doc.lineEndWithBreak(line);
  return { at, lead: at === text.length && !/\n$/.test(text) ? doc.eol : '' };
}

/** Indents lines (given relative to the new key) by `col` spaces and joins them with the file's line break. */
export function block(model: ComposeModel, col: number, lines: string[]): string {
  const eol = model.doc.eol;
  return lines.map((l) => ' '.repeat(col) + l + eol).join('');
}

/** Adds lines at the end of a block mapping, indented like its keys; null for flow or empty mappings. */
export function appendToMap(model: ComposeModel, map: CMap, lines: string[]): TextEdit | null {
  if (isFlow(model, map) || map.span.end <= map.span.start) return null;
  const col = column(model, map.span.start);
  const { at, lead } = afterNode(model, map);
  return { start: at, end: at, newText: lead + block(model, col, lines) };
}

/** Whether a pair's key is the first thing on its line (block style), so its lines can be edited as lines. */
export function keyStartsLine(model: ComposeModel, pair: CPair): boolean {
  const ls = model.doc.lineStart(model.doc.positionAt(pair.keySpan.start).line);
  return /^[ \t]*$/.test(model.text.slice(ls, pair.keySpan.start));
}

/** Removes a pair and its value, whole lines; null when that would touch other text on those lines. */
export function removePair(model: ComposeModel, pair: CPair): TextEdit | null {
  if (pair.merged || !keyStartsLine(model, pair)) return null;
  const { doc } = model;
  const start = doc.lineStart(doc.positionAt(pair.keySpan.start).line);
  const valueEnd = pair.value && pair.value.span.end > pair.keySpan.end ? pair.value.span.end : pair.keySpan.end;
  const { at } = afterNode(model, { span: { end: valueEnd } });
  return { start, end: at, newText: '' };
}

/** A value as a YAML flow scalar: plain when safe, double-quoted otherwise. */
export function yamlScalar(v: string): string {
  return /^[A-Za-z0-9_./-][A-Za-z0-9_./: -]*$/.test(v) && !/: |:$| $/.test(v) && !/^(?:true|false|yes|no|on|off|null|~|y|n)$/i.test(v) && !/^[0-9._:-]+$/.test(v)
    ? v
    : JSON.stringify(v);
}

/**
 * Declares `name` in a top-level section (`networks`, `volumes`, …) of the linted file, creating
 * the section at the end when it is missing. `body` holds the definition's scalar keys.
 */
export function declareTopLevel(model: ComposeModel, section: string, name: string, body: Array<[string, string]>): TextEdit | null {
  const root = model.root;
  if (!root || root.type !== 'map' || isFlow(model, root)) return null;
  const unit = indentUnit(model);
  const key = yamlScalar(name);
  const bodyLines = body.map(([k, v]) => ' '.repeat(unit) + `${k}: ${v}`);
  const flowEntry = `${key}: {${body.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
  const pair = pairOf(root, section);
  const { text, doc } = model;
  const eol = doc.eol;
  if (!pair) {
    const { at, lead } = afterNode(model, { span: { end: text.length } });
    const trimmed = text.replace(/[ \t]+$/, '');
    const blank = trimmed.length && !/(\r?\n){2}$/.test(trimmed) ? eol : '';
    return { start: at, end: at, newText: lead + blank + `${section}:` + eol + block(model, unit, [`${key}:`, ...bodyLines]) };
  }
  if (pair.merged) return null;
  const v = pair.value;
  if (!v || (v.type === 'scalar' && v.value === null && v.span.end === v.span.start)) {
    // `networks:` with nothing after it (a comment at most).
    const line = doc.positionAt(pair.keySpan.start).line;
    if (!/^\s*:\s*(#.*)?$/.test(text.slice(pair.keySpan.end, doc.lineEnd(line)))) return null;
    const at = doc.lineEndWithBreak(line);
    const lead = at === text.length && !/\n$/.test(text) ? eol : '';
    return { start: at, end: at, newText: lead + block(model, column(model, pair.keySpan.start) + unit, [`${key}:`, ...bodyLines]) };
  }
  if (v.type !== 'map') return null;
  if (isFlow(model, v)) {
    const close = text.lastIndexOf('}', v.span.end);
    if (close < v.span.start) return null;
    const inner = text.slice(v.span.start + 1, close).trim();
    return { start: close, end: close, newText: (inner ? ', ' : '') + flowEntry };
  }
  return appendToMap(model, v, [`${key}:`, ...bodyLines]);
}
