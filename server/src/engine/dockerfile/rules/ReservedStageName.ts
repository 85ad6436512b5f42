// BuildKit's ReservedStageName: `scratch` and `context` mean something else to the builder.
import { defineDockerfileRule } from '../../rule';

const RESERVED = new Set(['scratch', 'context']);

export default defineDockerfileRule<{ name: string }>({
  id: 'ReservedStageName',
  severity: 'warning',
  aliases: { hadolint: ['DL3063'] },
  message: (d) => ({
    en: `"${d.name}" is a reserved word and should not name a stage; choose another name.`,
    ru: `«${d.name}» — зарезервированное слово, им нельзя называть стадию; выберите другое имя.`,
  }),
  check({ file, report }) {
    for (const st of file.stages) {
      if (st.name && st.nameSpan && RESERVED.has(st.name.toLowerCase())) report(st.nameSpan, { data: { name: st.name } });
    }
  },
});
