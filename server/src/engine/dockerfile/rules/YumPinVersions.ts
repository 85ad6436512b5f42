// `yum install httpd` takes whatever the repository has that day: two builds of one file differ.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { runsOf } from '../runEdits';
import { rpmUnpinned } from '../packageManagers';

export default defineDockerfileRule<{ name: string }>({
  id: 'YumPinVersions',
  severity: 'off',
  aliases: { hadolint: ['DL3033'] },
  message: (d) =>
    fill(
      {
        en: '`{name}` is installed by yum without a version, so rebuilds may get another one. Pin it: `{name}-<version>` (a module: `{name}:<stream>`).',
        ru: '`{name}` ставится через yum без версии, и при пересборке может приехать другая. Закрепите её: `{name}-<версия>` (модуль — `{name}:<поток>`).',
      },
      { name: d.name },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) for (const w of rpmUnpinned(run, ['yum'])) report(w.span, { data: { name: w.value } });
  },
});
