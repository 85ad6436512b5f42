// zypper asks before installing or removing anything; in a build nobody answers and it aborts.
import { defineDockerfileRule } from '../../rule';
import { runsOf } from '../runEdits';
import { ZYPPER, missingYesFinding, missingYesFix } from '../packageManagers';

export default defineDockerfileRule<{ at: number; flag: string }>({
  id: 'ZypperMissingYes',
  severity: 'warning',
  aliases: { hadolint: ['DL3034'] },
  message: {
    en: 'This zypper command asks for confirmation, which a build cannot give, so it aborts. Add `-n` (`--non-interactive`) after `zypper`, or `-y` after the subcommand.',
    ru: 'Эта команда zypper спрашивает подтверждение, которого сборка дать не может, и прерывается. Добавьте `-n` (`--non-interactive`) после `zypper` или `-y` после подкоманды.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) for (const f of missingYesFinding(run, ZYPPER)) report(f.range, { data: f.data });
  },
  fix: missingYesFix,
});
