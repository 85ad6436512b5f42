// BuildKit's NoEmptyContinuation: an empty line inside a continued instruction (future builders reject it).
import { defineDockerfileRule } from '../../rule';
import { edit, type Span } from '../../text';

export default defineDockerfileRule<{ remove: Span }>({
  id: 'NoEmptyContinuation',
  severity: 'warning',
  message: {
    en: 'Empty line inside a continued instruction; remove it (a future Dockerfile version will reject it).',
    ru: 'Пустая строка внутри продолженной инструкции — удалите её (будущие версии Dockerfile её не примут).',
  },
  check({ file, report }) {
    const doc = file.doc;
    for (const ins of file.instructions) {
      if (ins.endLine <= ins.startLine) continue;
      // Heredoc bodies keep their empty lines; only the instruction's own lines count.
      const inHeredoc = (line: number) =>
        ins.heredocs.some((h) => {
          const from = doc.positionAt(h.nameSpan.end).line;
          const to = h.endSpan ? doc.positionAt(h.endSpan.start).line : ins.endLine;
          return line > from && line <= to;
        });
      let line = ins.startLine + 1;
      while (line < ins.endLine) {
        if (inHeredoc(line) || doc.lineText(line).trim() !== '') {
          line++;
          continue;
        }
        const first = line;
        while (line < ins.endLine && !inHeredoc(line) && doc.lineText(line).trim() === '') line++;
        // The escape character that continues the previous line into the empty one.
        const prevText = doc.lineText(first - 1);
        const trimmed = prevText.trimEnd();
        const prevStart = doc.lineStart(first - 1);
        const range = trimmed.endsWith(file.escapeChar)
          ? { start: prevStart + trimmed.length - 1, end: prevStart + trimmed.length }
          : { start: doc.lineEnd(first - 1), end: doc.lineStart(first) };
        report(range, { data: { remove: { start: doc.lineStart(first), end: doc.lineStart(line) } } });
      }
    }
  },
  fix: {
    title: { en: 'Remove the empty line', ru: 'Удалить пустую строку' },
    edits: ({ data }) => [edit.remove(data.remove)],
  },
});
