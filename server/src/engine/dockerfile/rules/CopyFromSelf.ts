// `COPY --from` naming the stage it is in: a stage cannot read its own result.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { effectiveFlags, flagValue } from '../syntax';

export default defineDockerfileRule<{ stage: string }>({
  id: 'CopyFromSelf',
  severity: 'error',
  aliases: { hadolint: ['DL3023'] },
  message: (d) =>
    fill(
      {
        en: 'COPY --from={stage} names the stage this COPY is in; copy from an earlier stage instead.',
        ru: 'COPY --from={stage} ссылается на ту же стадию, где стоит COPY; копируйте из более ранней стадии.',
      },
      d,
    ),
  check({ file, report }) {
    for (const st of file.stages) {
      for (const ins of st.instructions) {
        if (ins.keyword !== 'COPY') continue;
        const f = effectiveFlags(ins).find((x) => x.name === 'from');
        const value = f ? flagValue(file.text, f)?.text : undefined;
        if (!f?.valueSpan || !value) continue;
        const self = (st.name !== null && value.toLowerCase() === st.name.toLowerCase()) || value === String(st.index);
        if (self) report(f.valueSpan, { data: { stage: value } });
      }
    }
  },
});
