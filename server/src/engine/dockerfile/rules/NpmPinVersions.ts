// `npm install -g typescript` takes the newest release on the registry that day: two builds differ.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { findCommand, positionals } from '../shell';
import { runsOf } from '../runEdits';
import { npmPinned, unpinned } from '../packageManagers';

/** npm's install subcommand and its aliases. */
const INSTALL = new Set(['install', 'i', 'in', 'add', 'isntall']);

export default defineDockerfileRule<{ name: string }>({
  id: 'NpmPinVersions',
  severity: 'off',
  aliases: { hadolint: ['DL3016'] },
  message: (d) =>
    fill(
      {
        en: '`{name}` is installed by npm without a version (or as `@latest`), so rebuilds may get another one. Pin it: `{name}@<version>`.',
        ru: '`{name}` ставится через npm без версии (или как `@latest`), и при пересборке может приехать другая. Закрепите её: `{name}@<версия>`.',
      },
      { name: d.name.replace(/@latest$/, '') },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of findCommand(run, 'npm')) {
        const pos = positionals(cmd);
        if (!pos[0] || !INSTALL.has(pos[0].value)) continue;
        for (const w of unpinned(pos.slice(1), npmPinned)) report(w.span, { data: { name: w.value } });
      }
    }
  },
});
