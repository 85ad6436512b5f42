// `dnf install` without `-y` stops at "Is this ok [y/N]"; a build cannot answer.
import { defineDockerfileRule } from '../../rule';
import { runsOf } from '../runEdits';
import { DNF_PROMPTING, missingYesFinding, missingYesFix } from '../packageManagers';

export default defineDockerfileRule<{ at: number; flag: string }>({
  id: 'DnfMissingYes',
  severity: 'warning',
  aliases: { hadolint: ['DL3038'] },
  message: {
    en: 'This dnf command asks for confirmation, which a build cannot give, so it aborts. Add `-y`.',
    ru: 'Эта команда dnf спрашивает подтверждение, которого сборка дать не может, и прерывается. Добавьте `-y`.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) for (const f of missingYesFinding(run, DNF_PROMPTING)) report(f.range, { data: f.data });
  },
  fix: missingYesFix,
});
