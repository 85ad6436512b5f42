// BuildKit's DuplicateStageName: two stages with one name (compared lowercased, as BuildKit stores them).
import { defineDockerfileRule } from '../../rule';

export default defineDockerfileRule<{ name: string }>({
  id: 'DuplicateStageName',
  severity: 'warning',
  aliases: { hadolint: ['DL3024'] },
  message: (d) => ({
    en: `Stage name "${d.name}" is already used by an earlier stage; give each stage its own name.`,
    ru: `Имя стадии «${d.name}» уже занято предыдущей стадией — дайте каждой стадии своё имя.`,
  }),
  check({ file, report }) {
    const first = new Map<string, (typeof file.stages)[number]>();
    for (const st of file.stages) {
      if (!st.name || !st.nameSpan) continue;
      const key = st.name.toLowerCase();
      const prev = first.get(key);
      if (!prev) {
        first.set(key, st);
        continue;
      }
      report(st.nameSpan, {
        data: { name: st.name },
        related: [{ message: { en: 'First defined here', ru: 'Впервые объявлена здесь' }, range: prev.nameSpan! }],
      });
    }
  },
});
