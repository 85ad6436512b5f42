// BuildKit's LegacyKeyValueFormat: `ENV key value` / `LABEL key value` instead of `key=value`.
import { defineDockerfileRule } from '../../rule';
import { edit, type Span } from '../../text';
import { keyValues, needsQuoting, requoteWord } from '../variables';

export default defineDockerfileRule<{ keyword: string; key: string; replace: Span; text: string }>({
  id: 'LegacyKeyValueFormat',
  severity: 'warning',
  message: (d) => ({
    en: `Write ${d.keyword} as key=value ("${d.keyword} ${d.key}=…"); the space-separated form is legacy.`,
    ru: `Пишите ${d.keyword} в виде ключ=значение («${d.keyword} ${d.key}=…»): форма через пробел устарела.`,
  }),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') continue;
      const { pairs } = keyValues(file, ins);
      const p = pairs[0];
      if (!p || !p.legacy || p.value === null || !p.valueSpan) continue;
      // Requote the value as written, so its line continuations stay; comment lines inside it
      // would not survive quoting, so then the joined value is used.
      const raw = file.text.slice(p.valueSpan.start, p.valueSpan.end);
      const source = /\n[ \t]*#/.test(raw) ? p.value : raw;
      const value = needsQuoting(p.value, file.escapeChar) ? requoteWord(source, file.escapeChar) : p.value;
      report(p.keySpan, {
        data: { keyword: ins.keyword, key: p.key, replace: { start: p.keySpan.start, end: p.valueSpan.end }, text: `${p.key}=${value}` },
      });
    }
  },
  fix: {
    title: { en: 'Write it as key=value', ru: 'Записать как ключ=значение' },
    edits: ({ data }) => [edit.replace(data.replace, data.text)],
  },
});
