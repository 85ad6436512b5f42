// BuildKit's InvalidDefinitionDescription (experimental, off by default): a comment right above a named
// stage or an ARG is read as its description, so it should start with that name.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';
import { keyValues } from '../variables';

/** Comments that are instructions to tools, not descriptions. */
const TOOL_COMMENT = /^(?:dockwise-ignore|hadolint\s|check\s*=|syntax\s*=|escape\s*=)/i;

export default defineDockerfileRule<{ keyword: string; example: string; line: number }>({
  id: 'InvalidDefinitionDescription',
  severity: 'off',
  message: (d) => ({
    en: `A comment right above ${d.keyword} is taken as its description and should start with "${d.example}"; if it is not a description, put an empty line between them.`,
    ru: `Комментарий прямо над ${d.keyword} считается его описанием и должен начинаться с «${d.example}»; если это не описание, отделите его пустой строкой.`,
  }),
  check({ file, report }) {
    const byLine = new Map(file.comments.map((c) => [c.line, c]));
    for (const ins of file.instructions) {
      let keys: string[];
      if (ins.keyword === 'FROM') {
        const st = file.stages[ins.stageIndex];
        if (!st?.name) continue;
        keys = [st.name.toLowerCase()];
      } else if (ins.keyword === 'ARG') keys = keyValues(file, ins).pairs.map((p) => p.key);
      else continue;
      if (!keys.length) continue;
      const c = byLine.get(ins.startLine - 1);
      if (!c || TOOL_COMMENT.test(c.text)) continue;
      if (keys.includes(c.text.split(' ')[0])) continue;
      const example = keys.length > 1 ? '<arg_key>' : keys[0];
      report(c.span, { data: { keyword: ins.keyword, example, line: c.line } });
    }
  },
  fix: {
    title: { en: 'Separate the comment with an empty line', ru: 'Отделить комментарий пустой строкой' },
    edits: ({ file, data }) => [edit.insert(file.doc.lineEndWithBreak(data.line), file.doc.eol)],
  },
});
