// BuildKit's RedundantTargetPlatform: `FROM --platform=$TARGETPLATFORM` says what FROM does anyway.
import { defineDockerfileRule } from '../../rule';
import { edit, type Span } from '../../text';
import { variableIndex } from '../variables';

export default defineDockerfileRule<{ remove: Span }>({
  id: 'RedundantTargetPlatform',
  severity: 'warning',
  aliases: { hadolint: ['DL3065'] },
  tags: ['unnecessary'],
  message: {
    en: '--platform=$TARGETPLATFORM is the default for FROM; remove the flag.',
    ru: '--platform=$TARGETPLATFORM и так действует для FROM по умолчанию — уберите флаг.',
  },
  check({ file, report }) {
    const idx = variableIndex(file);
    for (const st of file.stages) {
      const flag = st.from.flags.find((f) => f.name.toLowerCase() === 'platform');
      if (!flag?.valueSpan) continue;
      const refs = idx.refs(st.from).filter((r) => r.span.start >= flag.valueSpan!.start && r.span.end <= flag.valueSpan!.end);
      if (refs.length !== 1 || refs[0].name !== 'TARGETPLATFORM' || refs[0].modifier) continue;
      const rest = file.text.slice(flag.valueSpan.start, refs[0].span.start) + file.text.slice(refs[0].span.end, flag.valueSpan.end);
      if (rest.replace(/["']/g, '') !== '') continue;
      // Remove the flag and the blanks after it.
      let end = flag.span.end;
      while (file.text[end] === ' ' || file.text[end] === '\t') end++;
      report(flag.span, { data: { remove: { start: flag.span.start, end } } });
    }
  },
  fix: {
    title: { en: 'Remove --platform', ru: 'Убрать --platform' },
    edits: ({ data }) => [edit.remove(data.remove)],
  },
});
