// STOPSIGNAL must name a signal the runtime knows (`SIGTERM`, `TERM`, `SIGRTMIN+3`) or be a number.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { suggest, didYouMeanFixes, didYouMeanHint } from '../../suggest';
import { SIGNALS, hasVariable, unquote } from '../syntax';

interface Data {
  value: string;
  candidates: string[];
}

export function isValidSignal(s: string): boolean {
  if (/^[-+]?\d+$/.test(s)) return Number(s) !== 0;
  return SIGNALS.includes(s.toUpperCase().replace(/^SIG/, ''));
}

export default defineDockerfileRule<Data>({
  id: 'InvalidStopSignal',
  severity: 'error',
  message: (d) =>
    fill(
      {
        en: '"{value}" is not a signal: use a name such as SIGTERM or SIGQUIT, or a non-zero number.{hint}',
        ru: '«{value}» — не сигнал: укажите имя, например SIGTERM или SIGQUIT, или ненулевой номер.{hintRu}',
      },
      { value: d.value, ...didYouMeanHint(d.candidates) },
    ),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'STOPSIGNAL' || !ins.argsSpan || !ins.args.length) continue;
      // The builder takes the rest of the line as one word.
      const span = { start: ins.args[0].span.start, end: ins.args[ins.args.length - 1].span.end };
      const raw = file.text.slice(span.start, span.end);
      if (hasVariable(raw)) continue;
      const value = unquote(raw);
      if (isValidSignal(value)) continue;
      const sig = /^sig/i.test(value);
      const names = SIGNALS.map((n) => (sig ? `SIG${n}` : n));
      report(span, { data: { value, candidates: suggest(value.toUpperCase(), names) } });
    }
  },
  fixes: ({ data, range }) => didYouMeanFixes(data.candidates, range),
});
