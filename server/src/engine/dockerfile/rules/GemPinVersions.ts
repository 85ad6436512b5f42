// `gem install bundler` takes the newest release on rubygems.org that day: two builds of one file differ.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { findCommand, hasFlag, positionals } from '../shell';
import { runsOf } from '../runEdits';
import { gemPinned, unpinned } from '../packageManagers';

export default defineDockerfileRule<{ name: string }>({
  id: 'GemPinVersions',
  severity: 'off',
  aliases: { hadolint: ['DL3028'] },
  message: (d) =>
    fill(
      {
        en: 'Gem `{name}` is installed without a version, so rebuilds may get another one. Pin it: `{name}:<version>` or `-v <version>`.',
        ru: 'Gem `{name}` ставится без версии, и при пересборке может приехать другая. Закрепите её: `{name}:<версия>` или `-v <версия>`.',
      },
      { name: d.name },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of findCommand(run, 'gem')) {
        const pos = positionals(cmd);
        if (pos[0]?.value !== 'install' && pos[0]?.value !== 'i') continue;
        if (hasFlag(cmd, '-v', '--version')) continue;
        for (const w of unpinned(pos.slice(1), gemPinned)) report(w.span, { data: { name: w.value } });
      }
    }
  },
});
