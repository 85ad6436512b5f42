// The sources, destination and `--from` of a COPY/ADD, read once the same way by every rule that needs them.
import type { Span } from '../text';
import type { DfInstruction, DfWord, DockerfileModel } from './model';
import { argsBeforeHeredocs, effectiveFlags, flagValue, shellOperatorIndex, unquote } from './syntax';

export interface CopyPaths {
  /** Source words, unquoted values; in exec form every span is the whole argument list. */
  sources: DfWord[];
  dest: DfWord;
  execForm: boolean;
}

/** Sources and destination of a COPY/ADD; null when it has fewer than two paths or holds shell syntax. */
export function copyPaths(ins: DfInstruction): CopyPaths | null {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return null;
  if (shellOperatorIndex(ins) >= 0) return null;
  if (ins.execForm) {
    if (ins.execForm.length < 2 || !ins.argsSpan) return null;
    const words = ins.execForm.map((value) => ({ value, span: ins.argsSpan! }));
    return { sources: words.slice(0, -1), dest: words[words.length - 1], execForm: true };
  }
  const words = argsBeforeHeredocs(ins).map((w) => ({ value: unquote(w.value), span: w.span }));
  // `COPY <<EOF dest`: the heredoc is the source, the last word on the line the destination.
  if (ins.heredocs.length) return words.length ? { sources: [], dest: words[words.length - 1], execForm: false } : null;
  if (words.length < 2) return null;
  return { sources: words.slice(0, -1), dest: words[words.length - 1], execForm: false };
}

/** The `--from` value of a COPY (or `from=` of a RUN `--mount`), as the builder reads it. */
export function copyFrom(file: DockerfileModel, ins: DfInstruction): { value: string; span: Span } | null {
  if (ins.keyword !== 'COPY') return null;
  const f = effectiveFlags(ins).find((x) => x.name.toLowerCase() === 'from');
  const value = f ? flagValue(file.text, f)?.text : undefined;
  if (!f?.valueSpan || !value) return null;
  return { value, span: f.valueSpan };
}

/** `from=` values of the `--mount` flags of a RUN. */
export function mountFroms(ins: DfInstruction): Array<{ value: string; span: Span }> {
  if (ins.keyword !== 'RUN') return [];
  const out: Array<{ value: string; span: Span }> = [];
  for (const f of effectiveFlags(ins)) {
    if (f.name.toLowerCase() !== 'mount') continue;
    for (const o of f.options) if (o.name.toLowerCase() === 'from' && o.value && o.valueSpan) out.push({ value: o.value, span: o.valueSpan });
  }
  return out;
}
