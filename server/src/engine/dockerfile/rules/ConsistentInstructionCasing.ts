// BuildKit's ConsistentInstructionCasing: every keyword in the case most of the file's keywords use.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';

export default defineDockerfileRule<{ keyword: string; expected: string }>({
  id: 'ConsistentInstructionCasing',
  severity: 'warning',
  message: (d) => ({
    en: `Write "${d.keyword}" as "${d.expected}", the case most instructions of this file use.`,
    ru: `Пишите «${d.keyword}» как «${d.expected}» — в регистре большинства инструкций этого файла.`,
  }),
  check({ file, report }) {
    let lower = 0;
    let upper = 0;
    for (const ins of file.instructions) {
      const k = ins.keywordRaw;
      if (k === k.toLowerCase()) lower++;
      else if (k === k.toUpperCase()) upper++;
    }
    // Ties go to upper case, as in BuildKit.
    const majorityLower = lower > upper;
    for (const ins of file.instructions) {
      const k = ins.keywordRaw;
      const expected = majorityLower ? k.toLowerCase() : k.toUpperCase();
      if (k !== expected) report(ins.keywordSpan, { data: { keyword: k, expected } });
    }
  },
  fix: {
    title: (d) => ({ en: `Write "${d.expected}"`, ru: `Написать «${d.expected}»` }),
    edits: ({ data, range }) => [edit.replace(range, data.expected)],
  },
});
