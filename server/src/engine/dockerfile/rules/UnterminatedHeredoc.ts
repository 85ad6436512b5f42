// A heredoc (`<<EOF`) whose closing line never comes: BuildKit stops with "unterminated heredoc".
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { FEATURES, HEREDOC_INSTRUCTIONS, frontendOf, frontendSupports, onbuildTrigger } from '../syntax';

export default defineDockerfileRule<{ name: string }>({
  id: 'UnterminatedHeredoc',
  severity: 'error',
  message: (d) =>
    fill(
      {
        en: 'The heredoc <<{name} is never closed: add a line that holds only "{name}" after its body.',
        ru: 'Heredoc <<{name} не закрыт: добавьте после его текста строку, в которой стоит только «{name}».',
      },
      d,
    ),
  check({ file, report }) {
    // An old pinned frontend reads no heredocs at all; MountNeedsNewerSyntax speaks about that.
    if (!frontendSupports(frontendOf(file), FEATURES.heredoc)) return;
    for (const ins of file.instructions) {
      const keyword = ins.keyword === 'ONBUILD' ? onbuildTrigger(ins)?.value.toUpperCase() : ins.keyword;
      if (!keyword || !(HEREDOC_INSTRUCTIONS as readonly string[]).includes(keyword) || ins.execForm) continue;
      for (const h of ins.heredocs) {
        if (h.endSpan || !h.name) continue;
        // Be sure before calling the build broken: no later line is the name, however indented.
        const from = file.doc.positionAt(h.nameSpan.end).line + 1;
        let closed = false;
        for (let l = from; l < file.doc.lineCount && !closed; l++) closed = file.doc.lineText(l).trim() === h.name;
        if (closed) continue;
        const word = ins.args.find((a) => a.span.start <= h.nameSpan.start && h.nameSpan.end <= a.span.end);
        report(word?.span ?? h.nameSpan, { data: { name: h.name } });
      }
    }
  },
});
