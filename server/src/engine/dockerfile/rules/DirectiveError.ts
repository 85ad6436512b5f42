// Parser directives BuildKit refuses (a repeated directive, a bad escape character, an unknown
// `# check=` option) or ignores (a directive written below the first instruction or comment).
import { defineDockerfileRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import { CHECK_OPTIONS, DIRECTIVES, ESCAPE_CHARS, directivesInEffect, isGoBool } from '../syntax';
import type { Span } from '../../text';

type Problem = 'duplicate' | 'escape' | 'checkOption' | 'checkSyntax' | 'checkBool' | 'ignored';

interface Data {
  problem: Problem;
  name: string;
  value: string;
  /** The whole line to delete, for a duplicate. */
  line?: Span;
}

const messages: Record<Problem, Msg> = {
  duplicate: { en: 'The "{name}" directive is already set above; BuildKit allows it once.', ru: 'Директива «{name}» уже задана выше, а BuildKit допускает её только один раз.' },
  escape: { en: 'The escape character must be \\ or `, not "{value}".', ru: 'Символом экранирования может быть только \\ или `, а не «{value}».' },
  checkOption: { en: 'Unknown check option "{value}": use skip, error or experimental.', ru: 'Неизвестный параметр check «{value}»: допустимы skip, error и experimental.' },
  checkSyntax: { en: 'Check options are written key=value, separated by ";": "{value}" has no "=".', ru: 'Параметры check пишутся как ключ=значение через «;», а в «{value}» нет «=».' },
  checkBool: { en: 'check error= takes true or false, not "{value}".', ru: 'check error= принимает true или false, а не «{value}».' },
  ignored: {
    en: 'This "# {name}=" is not at the top of the file, so the builder reads it as a plain comment. Move it above every instruction and comment.',
    ru: 'Эта строка «# {name}=» стоит не в начале файла, поэтому сборщик считает её обычным комментарием. Перенесите её выше всех инструкций и комментариев.',
  },
};

export default defineDockerfileRule<Data>({
  id: 'DirectiveError',
  severity: 'error',
  message: (d) => fill(messages[d.problem], { name: d.name, value: d.value }),
  check({ file, report }) {
    const put = (span: Span, data: Data, warning = false) => report(span, { data, severity: warning ? 'warning' : undefined });
    const active = directivesInEffect(file);
    const seen = new Set<string>();
    for (const d of active) {
      if (seen.has(d.name)) {
        put(d.span, { problem: 'duplicate', name: d.name, value: d.value, line: { start: file.doc.lineStart(d.line), end: file.doc.lineEndWithBreak(d.line) } });
        continue;
      }
      seen.add(d.name);
      if (d.name === 'escape' && !(ESCAPE_CHARS as readonly string[]).includes(d.value)) put(d.valueSpan, { problem: 'escape', name: d.name, value: d.value });
      if (d.name === 'check') checkOptions(d.value, d.valueSpan.start, put);
    }
    // Directive-looking comments BuildKit never reads: below the directive block. A `# check=skip=`
    // there is Dockwise's own per-instruction suppression, so it is left alone.
    const ignored = [...file.directives.slice(active.length), ...file.comments].filter((c) => !active.some((a) => a.span.start === c.span.start));
    for (const c of ignored) {
      const line = file.doc.lineText(file.doc.positionAt(c.span.start).line);
      const m = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(line);
      if (!m) continue;
      const name = m[1].toLowerCase();
      if (!(DIRECTIVES as readonly string[]).includes(name)) continue;
      if (name === 'check' && /(?:^|;)\s*skip\s*=/.test(m[2])) continue;
      put(c.span, { problem: 'ignored', name, value: m[2] }, true);
    }
  },
  fix: {
    title: { en: 'Remove the repeated directive', ru: 'Удалить повторную директиву' },
    edits: ({ data }) => (data.problem === 'duplicate' && data.line ? [{ start: data.line.start, end: data.line.end, newText: '' }] : null),
  },
});

/** Checks `skip=…;error=…;experimental=…` the way BuildKit splits it (at most three parts). */
function checkOptions(value: string, start: number, put: (span: Span, data: Data) => void) {
  let offset = 0;
  const parts: string[] = [];
  let rest = value;
  while (parts.length < 2 && rest.includes(';')) {
    const i = rest.indexOf(';');
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  parts.push(rest);
  for (const p of parts) {
    const pStart = start + offset;
    offset += p.length + 1;
    const lead = p.length - p.trimStart().length;
    const span = { start: pStart + lead, end: pStart + p.trimEnd().length };
    const eq = p.indexOf('=');
    if (eq < 0) {
      put(span, { problem: 'checkSyntax', name: 'check', value: p.trim() });
      continue;
    }
    const key = p.slice(0, eq).trim();
    if (!(CHECK_OPTIONS as readonly string[]).includes(key)) {
      put({ start: span.start, end: span.start + key.length }, { problem: 'checkOption', name: 'check', value: key });
    } else if (key === 'error' && !isGoBool(p.slice(eq + 1).trim())) {
      put(span, { problem: 'checkBool', name: 'check', value: p.slice(eq + 1).trim() });
    }
  }
}
