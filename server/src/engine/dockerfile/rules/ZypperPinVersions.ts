// `zypper install curl` takes whatever the repository has that day: two builds of one file differ.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { runsOf } from '../runEdits';
import { zypperUnpinned } from '../packageManagers';

export default defineDockerfileRule<{ name: string }>({
  id: 'ZypperPinVersions',
  severity: 'off',
  aliases: { hadolint: ['DL3037'] },
  message: (d) =>
    fill(
      {
        en: '`{name}` is installed by zypper without a version, so rebuilds may get another one. Pin it: `{name}=<version>` (or a range such as `"{name}>=<version>"`).',
        ru: '`{name}` ставится через zypper без версии, и при пересборке может приехать другая. Закрепите её: `{name}=<версия>` (или диапазоном, например `"{name}>=<версия>"`).',
      },
      { name: d.name },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) for (const w of zypperUnpinned(run)) report(w.span, { data: { name: w.value } });
  },
});
