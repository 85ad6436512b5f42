// `apt-get install curl` takes whatever version the mirror has that day: two builds of one file differ.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { packageInstalls } from '../shell';
import { runsOf } from '../runEdits';
import { aptPinned, unpinned } from '../packageManagers';

export default defineDockerfileRule<{ name: string }>({
  id: 'AptPinVersions',
  severity: 'off',
  aliases: { hadolint: ['DL3008'] },
  message: (d) =>
    fill(
      {
        en: 'Package `{name}` is installed without a version, so rebuilds may get another one. Pin it: `{name}=<version>`.',
        ru: 'Пакет `{name}` ставится без версии, и при пересборке может приехать другая. Закрепите её: `{name}=<версия>`.',
      },
      { name: d.name },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const install of packageInstalls(run)) {
        if (install.manager !== 'apt') continue;
        for (const w of unpinned(install.packages, aptPinned)) report(w.span, { data: { name: w.value } });
      }
    }
  },
});
