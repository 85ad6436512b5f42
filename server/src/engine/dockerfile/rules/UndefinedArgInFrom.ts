// BuildKit's UndefinedArgInFrom: FROM may only use ARGs declared before the first FROM (or the platform ones).
import { defineDockerfileRule } from '../../rule';
import { PLATFORM_ARGS, variableIndex } from '../variables';
import { didYouMeanFixes, suggest } from '../../suggest';
import type { Span } from '../../text';

interface Data {
  name: string;
  candidates: string[];
  nameSpan: Span;
}

export default defineDockerfileRule<Data>({
  id: 'UndefinedArgInFrom',
  severity: 'warning',
  message: (d) => ({
    en: `FROM uses "$${d.name}", which no ARG before the first FROM declares${d.candidates.length ? ` (did you mean $${d.candidates[0]}?)` : '; declare it with ARG at the top of the file'}.`,
    ru: `FROM использует «$${d.name}», но ни один ARG до первого FROM его не объявляет${d.candidates.length ? ` (может быть, $${d.candidates[0]}?)` : ' — объявите его через ARG в начале файла'}.`,
  }),
  check({ file, report }) {
    const idx = variableIndex(file);
    const declared = [...new Set([...idx.globalArgs.map((d) => d.name), ...PLATFORM_ARGS])];
    for (const st of file.stages) {
      for (const r of idx.refs(st.from)) {
        if (declared.includes(r.name)) continue;
        report(r.span, { data: { name: r.name, candidates: suggest(r.name, declared, { ignoreCase: false }), nameSpan: r.nameSpan } });
      }
    }
  },
  fixes: ({ data }) => didYouMeanFixes(data.candidates, data.nameSpan),
});
