// `yum install` without `-y` stops at "Is this ok [y/N]"; a build cannot answer, so yum gives up.
import { defineDockerfileRule } from '../../rule';
import { runsOf } from '../runEdits';
import { YUM, missingYesFinding, missingYesFix } from '../packageManagers';

export default defineDockerfileRule<{ at: number; flag: string }>({
  id: 'YumMissingYes',
  severity: 'warning',
  aliases: { hadolint: ['DL3030'] },
  message: {
    en: 'This yum command asks for confirmation, which a build cannot give, so it aborts. Add `-y`.',
    ru: 'Эта команда yum спрашивает подтверждение, которого сборка дать не может, и прерывается. Добавьте `-y`.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) for (const f of missingYesFinding(run, YUM)) report(f.range, { data: f.data });
  },
  fix: missingYesFix,
});
