// BuildKit's FromAsCasing: the AS keyword is written in the same case as its FROM.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';

export default defineDockerfileRule<{ actual: string; expected: string }>({
  id: 'FromAsCasing',
  severity: 'warning',
  message: (d) => ({
    en: `Write "${d.actual}" as "${d.expected}", in the case of its FROM.`,
    ru: `Пишите «${d.actual}» как «${d.expected}» — в том же регистре, что и FROM.`,
  }),
  check({ file, report }) {
    for (const st of file.stages) {
      const ins = st.from;
      const as = ins.args[1];
      if (ins.args.length < 3 || as.value.toUpperCase() !== 'AS') continue;
      const kw = ins.keywordRaw;
      // A FROM of mixed case is ConsistentInstructionCasing's business.
      const lower = kw === kw.toLowerCase();
      if (!lower && kw !== kw.toUpperCase()) continue;
      const expected = lower ? 'as' : 'AS';
      if (as.value !== expected) report(as.span, { data: { actual: as.value, expected } });
    }
  },
  fix: {
    title: (d) => ({ en: `Write "${d.expected}"`, ru: `Написать «${d.expected}»` }),
    edits: ({ data, range }) => [edit.replace(range, data.expected)],
  },
});
