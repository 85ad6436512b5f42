// Rewrites a short-form `depends_on` list as the long form, entry by entry, keeping the key where it is.
import { pairOf, str, type CNode, type ComposeModel } from '../model';
import type { TextEdit } from '../../text';
import { column, indentUnit, lineIndent } from './yamlEdit';

/**
 * The edit turning `depends_on: [a, b]` (flow or block) into the long form; `body(name)` gives the
 * lines under each entry (at least a `condition`). Null when comments inside would be lost or the
 * layout is not block style.
 */
export function toLongForm(file: ComposeModel, svc: CNode, body: (name: string) => string[]): TextEdit | null {
  const pair = pairOf(svc, 'depends_on');
  const seq = pair?.value;
  if (!pair || pair.merged || seq?.type !== 'seq') return null;
  const start = pair.keySpan.end;
  const end = seq.span.end;
  if (file.text.slice(start, end).includes('#')) return null;
  const keyCol = column(file, pair.keySpan.start);
  if (lineIndent(file, pair.keySpan.start) !== keyCol) return null;
  const unit = indentUnit(file);
  const eol = file.doc.eol;
  const pad = (n: number) => ' '.repeat(keyCol + n * unit);
  const names = seq.items.map((it) => str(it)).filter((n): n is string => !!n);
  const lines = names.flatMap((n) => [`${pad(1)}${n}:`, ...body(n).map((l) => pad(2) + l)]);
  const trailing = file.text[end - 1] === '\n' ? eol : '';
  return { start, end, newText: ':' + eol + lines.join(eol) + trailing };
}
