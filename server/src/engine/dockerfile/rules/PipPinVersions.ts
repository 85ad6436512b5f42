// `pip install flask` takes the newest release on PyPI that day: two builds of one file differ.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { findCommand, hasFlag, positionals } from '../shell';
import { runsOf } from '../runEdits';
import { pipPinned, unpinned } from '../packageManagers';

export default defineDockerfileRule<{ name: string }>({
  id: 'PipPinVersions',
  severity: 'off',
  aliases: { hadolint: ['DL3013'] },
  message: (d) =>
    fill(
      {
        en: '`{name}` is installed by pip without a version, so rebuilds may get another one. Pin it (`{name}==<version>`) or install from a requirements file.',
        ru: '`{name}` ставится через pip без версии, и при пересборке может приехать другая. Закрепите её (`{name}==<версия>`) или ставьте из файла requirements.',
      },
      { name: d.name },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of findCommand(run, 'pip', 'install')) {
        // A constraints file pins every package the command names.
        if (hasFlag(cmd, '-c', '--constraint')) continue;
        for (const w of unpinned(positionals(cmd).slice(1), pipPinned)) report(w.span, { data: { name: w.value } });
      }
    }
  },
});
