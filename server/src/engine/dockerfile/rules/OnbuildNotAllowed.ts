// ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER: BuildKit refuses the trigger.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { ONBUILD_FORBIDDEN_TRIGGERS, onbuildTrigger } from '../syntax';

export default defineDockerfileRule<{ trigger: string }>({
  id: 'OnbuildNotAllowed',
  severity: 'error',
  aliases: { hadolint: ['DL3043'] },
  message: (d) =>
    fill(
      { en: '{trigger} cannot be an ONBUILD trigger.', ru: '{trigger} не может быть триггером ONBUILD.' },
      d,
    ),
  check({ file, report }) {
    for (const ins of file.instructions) {
      const t = onbuildTrigger(ins);
      if (t && (ONBUILD_FORBIDDEN_TRIGGERS as readonly string[]).includes(t.value.toUpperCase())) report(t.span, { data: { trigger: t.value.toUpperCase() } });
    }
  },
});
