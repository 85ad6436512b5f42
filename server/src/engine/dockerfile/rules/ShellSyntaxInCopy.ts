// COPY and ADD run no shell: `COPY . . && go build` copies files named "&&", "go" and "build".
// The fix splits the command off into a RUN on the next line.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { edit } from '../../text';
import { shellOperatorIndex } from '../syntax';

interface Data {
  keyword: string;
  operator: string;
  /** Where the COPY part ends (after its last word) and the command starts; null when no fix applies. */
  copyEnd: number | null;
  commandStart: number | null;
  end: number;
  indent: string;
}

/** Operators after which the rest reads as a command of its own. */
const SEQUENCE = new Set(['&&', ';']);

export default defineDockerfileRule<Data>({
  id: 'ShellSyntaxInCopy',
  severity: 'error',
  message: (d) =>
    fill(
      {
        en: '{keyword} runs no shell, so "{operator}" and what follows are taken as file names. Put the command in a RUN.',
        ru: '{keyword} не запускает оболочку, поэтому «{operator}» и всё после него считаются именами файлов. Вынесите команду в RUN.',
      },
      { keyword: d.keyword, operator: d.operator },
    ),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.execForm || ins.heredocs.length) continue;
      const i = shellOperatorIndex(ins);
      if (i < 0) continue;
      const op = ins.args[i];
      const fixable = SEQUENCE.has(op.value) && i >= 2 && i + 1 < ins.args.length;
      const line = file.doc.lineText(ins.startLine);
      report(
        { start: op.span.start, end: ins.args[ins.args.length - 1].span.end },
        {
          data: {
            keyword: ins.keywordRaw,
            operator: op.value,
            copyEnd: fixable ? ins.args[i - 1].span.end : null,
            commandStart: fixable ? ins.args[i + 1].span.start : null,
            end: ins.span.end,
            indent: /^[ \t]*/.exec(line)![0],
          },
        },
      );
    }
  },
  fix: {
    title: { en: 'Move the command into a RUN', ru: 'Вынести команду в RUN' },
    edits: ({ file, data }) =>
      data.copyEnd === null || data.commandStart === null
        ? null
        : [edit.replace({ start: data.copyEnd, end: data.commandStart }, `${file.doc.eol}${data.indent}RUN `)],
  },
});
