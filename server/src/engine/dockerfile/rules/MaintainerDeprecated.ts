// BuildKit's MaintainerDeprecated: MAINTAINER is obsolete; the OCI authors label says the same.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';
import { argumentText, doubleQuoted } from '../variables';

export default defineDockerfileRule<{ author: string }>({
  id: 'MaintainerDeprecated',
  severity: 'warning',
  aliases: { hadolint: ['DL4000'] },
  tags: ['deprecated'],
  message: {
    en: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors="…" instead.',
    ru: 'MAINTAINER устарел — используйте LABEL org.opencontainers.image.authors="…".',
  },
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      report(ins.keywordSpan, { data: { author: argumentText(file, ins).text.trim() } });
    }
  },
  fix: {
    title: { en: 'Replace with the org.opencontainers.image.authors label', ru: 'Заменить меткой org.opencontainers.image.authors' },
    edits: ({ file, range }) => {
      const ins = file.instructionAt(range.start);
      if (!ins || ins.keyword !== 'MAINTAINER') return null;
      const author = argumentText(file, ins).text.trim();
      const label = ins.keywordRaw === ins.keywordRaw.toLowerCase() ? 'label' : 'LABEL';
      // MAINTAINER takes its text literally; LABEL would expand `$` and strip quotes, so escape them.
      return [edit.replace(ins.span, `${label} org.opencontainers.image.authors=${doubleQuoted(author, file.escapeChar, true)}`)];
    },
  },
});
