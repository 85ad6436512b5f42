// Inline ignore comments hide findings one by one; teams that want every exception in the config turn this on.
import { defineDockerfileRule } from '../../rule';
import type { Span } from '../../text';

/** `hadolint ignore=…` (also `global`/`stage ignore=`) and `dockwise-ignore[-file] …`. */
const PRAGMA = /(?:hadolint\s+(?:global\s+|stage\s+)?ignore\s*=|dockwise-ignore(?:-file)?(?![\w-]))[^\r\n]*/i;

export default defineDockerfileRule({
  id: 'IgnorePragmaUsed',
  severity: 'off',
  aliases: { hadolint: ['DL1001'] },
  message: {
    en: 'An inline ignore comment hides findings here. Fix the finding, or record the exception in the configuration (`.dockwise.yaml`) where the team can see it.',
    ru: 'Комментарий-исключение прячет здесь замечания. Исправьте замечание или запишите исключение в конфигурацию (`.dockwise.yaml`), где его видит вся команда.',
  },
  check({ file, report }) {
    const spans: Span[] = [...file.comments.map((c) => c.span), ...file.directives.map((d) => d.span)];
    const seen = new Set<number>();
    for (const span of spans) {
      const text = file.text.slice(span.start, span.end);
      // The pragma must be the comment itself, right after `#`.
      const m = /^\s*#\s*/.exec(text);
      if (!m) continue;
      const rest = text.slice(m[0].length);
      const p = PRAGMA.exec(rest);
      if (!p || p.index !== 0) continue;
      const start = span.start + m[0].length;
      if (seen.has(start)) continue;
      seen.add(start);
      report({ start, end: start + p[0].trimEnd().length });
    }
  },
});
