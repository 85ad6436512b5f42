// COPY/ADD with several sources must copy into a folder, written with a trailing slash.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';
import { shellOperatorIndex } from '../syntax';

export default defineDockerfileRule<{ destEnd: number }>({
  id: 'CopyToNonDirectory',
  severity: 'error',
  aliases: { hadolint: ['DL3021'] },
  message: {
    en: 'With several sources the destination must be a directory ending in "/".',
    ru: 'При нескольких источниках путь назначения должен быть каталогом и оканчиваться на «/».',
  },
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      // `COPY . . && go build` is ShellSyntaxInCopy's: the words after `&&` are no sources.
      if (shellOperatorIndex(ins) >= 0) continue;
      const paths = ins.execForm
        ? ins.execForm.map((value) => ({ value, span: ins.argsSpan! }))
        : ins.heredocs.length
          ? []
          : ins.args;
      if (paths.length < 3) continue;
      const dest = paths[paths.length - 1];
      const value = dest.value.replace(/^["']|["']$/g, '');
      if (value.endsWith('/') || (file.escapeChar === '`' && value.endsWith('\\'))) continue;
      if (/^\$\{?\w+\}?$/.test(value)) continue;
      // BuildKit reads `.` and `..` (and `dir/.`) as directories.
      if (/(?:^|\/)\.\.?$/.test(value)) continue;
      if (ins.execForm) {
        // In exec form the slash goes inside the last string's closing quote.
        const raw = file.text.slice(ins.argsSpan!.start, ins.argsSpan!.end);
        const close = raw.lastIndexOf('"', raw.lastIndexOf(']'));
        report(ins.argsSpan!, { data: { destEnd: ins.argsSpan!.start + close } });
      } else {
        const quoted = /["']$/.test(dest.value);
        report(dest.span, { data: { destEnd: dest.span.end - (quoted ? 1 : 0) } });
      }
    }
  },
  fix: {
    title: { en: 'Add "/" to the destination', ru: 'Добавить «/» к пути назначения' },
    edits: ({ data }) => [edit.insert(data.destEnd, '/')],
  },
});
