// BuildKit's MultipleInstructionsDisallowed: only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage counts.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineDockerfileRule<{ keyword: string; line: number }>({
  id: 'MultipleInstructionsDisallowed',
  severity: 'warning',
  aliases: { hadolint: ['DL4003', 'DL4004', 'DL3012'] },
  tags: ['unnecessary'],
  message: (d) => ({
    en: `This ${d.keyword} is overridden by a later ${d.keyword} in the same stage (line ${d.line}) and has no effect; keep one.`,
    ru: `Этот ${d.keyword} перекрыт следующим ${d.keyword} той же стадии (строка ${d.line}) и ни на что не влияет — оставьте один.`,
  }),
  check({ file, report }) {
    for (const st of file.stages) {
      for (const kw of ONCE) {
        const list = st.instructions.filter((i) => i.keyword === kw);
        for (let k = 0; k + 1 < list.length; k++) {
          report(list[k].keywordSpan, { data: { keyword: kw, line: list[k + 1].startLine + 1 } });
        }
      }
    }
  },
  fix: {
    title: (d) => ({ en: `Remove the overridden ${d.keyword}`, ru: `Удалить перекрытый ${d.keyword}` }),
    edits: ({ file, range }) => {
      const ins = file.instructionAt(range.start);
      if (!ins || !ONCE.includes(ins.keyword)) return null;
      const doc = file.doc;
      // Whole lines only: the instruction never shares a line with another one.
      const start = doc.lineStart(ins.startLine);
      if (doc.text.slice(start, ins.span.start).trim()) return null;
      return [edit.remove({ start, end: doc.lineEndWithBreak(ins.endLine) })];
    },
  },
});
