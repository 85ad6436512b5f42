// BuildKit's StageNameCasing: stage names are lowercase; the fix renames the stage and every reference to it.
import { defineDockerfileRule } from '../../rule';
import { edit, type TextEdit } from '../../text';
import type { DockerfileModel } from '../model';

/** Every place that names the stage `name` (case-insensitively): its AS, later FROMs, COPY --from, RUN --mount from=. */
export function stageNameEdits(file: DockerfileModel, name: string): TextEdit[] {
  const lower = name.toLowerCase();
  const edits: TextEdit[] = [];
  const target = file.stages.find((s) => s.name === name);
  if (!target || !target.nameSpan) return edits;
  edits.push(edit.replace(target.nameSpan, lower));
  for (const ins of file.instructions) {
    if (ins.index <= target.from.index) continue;
    if (ins.keyword === 'FROM') {
      const st = file.stages[ins.stageIndex];
      if (st?.imageSpan && st.image?.toLowerCase() === lower && st.image !== lower) edits.push(edit.replace(st.imageSpan, lower));
      // A later stage of the same name shadows this one.
      if (st?.name?.toLowerCase() === lower) break;
      continue;
    }
    for (const f of ins.flags) {
      const fname = f.name.toLowerCase();
      if (fname === 'from' && f.value?.toLowerCase() === lower && f.value !== lower && f.valueSpan) edits.push(edit.replace(f.valueSpan, lower));
      if (fname === 'mount') {
        for (const o of f.options) if (o.name.toLowerCase() === 'from' && o.value?.toLowerCase() === lower && o.value !== lower && o.valueSpan) edits.push(edit.replace(o.valueSpan, lower));
      }
    }
  }
  return edits;
}

export default defineDockerfileRule<{ name: string }>({
  id: 'StageNameCasing',
  severity: 'warning',
  message: (d) => ({
    en: `Stage name "${d.name}" should be lowercase.`,
    ru: `Имя стадии «${d.name}» должно быть в нижнем регистре.`,
  }),
  check({ file, report }) {
    for (const st of file.stages) {
      if (st.name && st.nameSpan && st.name !== st.name.toLowerCase()) report(st.nameSpan, { data: { name: st.name } });
    }
  },
  fix: {
    title: (d) => ({ en: `Rename the stage to "${d.name.toLowerCase()}" everywhere`, ru: `Переименовать стадию в «${d.name.toLowerCase()}» везде` }),
    edits: ({ file, data }) => stageNameEdits(file, data.name),
  },
});
