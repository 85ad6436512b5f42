// `apt-get install` pulls "recommended" packages too unless told not to: a bigger image for nothing asked.
import { defineDockerfileRule } from '../../rule';
import { findCommand, hasFlag, subcommand } from '../shell';
import { insertAfter, runsOf } from '../runEdits';

export default defineDockerfileRule<{ at: number }>({
  id: 'AptNoInstallRecommends',
  severity: 'info',
  aliases: { hadolint: ['DL3015'] },
  message: {
    en: '`apt-get install` also installs recommended packages. Add `--no-install-recommends` to keep the layer small.',
    ru: '`apt-get install` ставит ещё и рекомендуемые пакеты. Добавьте `--no-install-recommends`, чтобы слой был меньше.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of findCommand(run, 'apt-get', 'install')) {
        if (hasFlag(cmd, '--no-install-recommends')) continue;
        if (/APT::Install-Recommends=(0|false|no)/i.test(cmd.argv.map((w) => w.value).join(' '))) continue;
        const sub = subcommand(cmd)!;
        report({ start: cmd.argv[0].span.start, end: sub.span.end }, { data: { at: sub.span.end } });
      }
    }
  },
  fix: {
    title: { en: 'Add --no-install-recommends', ru: 'Добавить --no-install-recommends' },
    edits: ({ data }) => [insertAfter({ start: data.at, end: data.at }, '--no-install-recommends')],
  },
});
