// `apk add curl` takes whatever the Alpine mirror has that day: two builds of one file differ.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { packageInstalls } from '../shell';
import { runsOf } from '../runEdits';
import { apkPinned, unpinned } from '../packageManagers';

export default defineDockerfileRule<{ name: string }>({
  id: 'ApkPinVersions',
  severity: 'off',
  aliases: { hadolint: ['DL3018'] },
  message: (d) =>
    fill(
      {
        en: 'Package `{name}` is added without a version, so rebuilds may get another one. Pin it: `{name}=<version>` (or `{name}~<major.minor>`).',
        ru: 'Пакет `{name}` ставится без версии, и при пересборке может приехать другая. Закрепите её: `{name}=<версия>` (или `{name}~<мажорная.минорная>`).',
      },
      { name: d.name },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const install of packageInstalls(run)) {
        if (install.manager !== 'apk') continue;
        for (const w of unpinned(install.packages, apkPinned)) report(w.span, { data: { name: w.value } });
      }
    }
  },
});
