// Some commands only make sense at an interactive prompt or against a running system, never in a build step.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { runsOf } from '../runEdits';

/** hadolint's list: tools for people at a terminal or for a booted machine. */
const INTERACTIVE = new Set(['ssh', 'vim', 'shutdown', 'service', 'ps', 'free', 'top', 'kill', 'mount', 'ifconfig']);

export default defineDockerfileRule<{ name: string }>({
  id: 'RunInteractiveCommand',
  severity: 'info',
  aliases: { hadolint: ['DL3001'] },
  message: (d) =>
    fill(
      {
        en: '`{name}` makes little sense in a build step: nothing is running and nobody is at the terminal. Configure files instead, and start services from CMD/ENTRYPOINT.',
        ru: '`{name}` почти бессмысленна на шаге сборки: ничего не запущено и за терминалом никого нет. Настраивайте файлы, а службы запускайте через CMD/ENTRYPOINT.',
      },
      { name: d.name },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of run.commands) if (INTERACTIVE.has(cmd.name)) report(cmd.argv[0].span, { data: { name: cmd.name } });
    }
  },
});
