// BuildKit's ExposeProtoCasing: EXPOSE protocols are lowercase (`80/tcp`).
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';
import { argumentText, splitWords } from '../variables';

export default defineDockerfileRule<{ proto: string }>({
  id: 'ExposeProtoCasing',
  severity: 'warning',
  message: (d) => ({
    en: `Write the protocol in lowercase: "${d.proto.toLowerCase()}".`,
    ru: `Пишите протокол строчными буквами: «${d.proto.toLowerCase()}».`,
  }),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      const text = argumentText(file, ins);
      for (const w of splitWords(text, file.escapeChar)) {
        const slash = w.raw.indexOf('/');
        if (slash < 0 || w.raw.includes('$')) continue;
        const proto = w.raw.slice(slash + 1).replace(/["']$/, '');
        if (!proto || proto === proto.toLowerCase()) continue;
        const from = w.from + slash + 1;
        report({ start: text.offsets[from], end: text.offsets[from + proto.length - 1] + 1 }, { data: { proto } });
      }
    }
  },
  fix: {
    title: { en: 'Write the protocol in lowercase', ru: 'Записать протокол строчными' },
    edits: ({ data, range }) => [edit.replace(range, data.proto.toLowerCase())],
  },
});
