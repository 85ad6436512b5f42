// Relinking /bin/sh swaps the shell under every later RUN and under the image's own scripts, silently.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { findCommand, positionals } from '../shell';
import { runsOf } from '../runEdits';

export default defineDockerfileRule<{ shell: string }>({
  id: 'ShLinkInRun',
  severity: 'warning',
  aliases: { hadolint: ['DL4005'] },
  message: (d) =>
    fill(
      {
        en: 'Replacing /bin/sh changes the shell of every later RUN and of scripts in the image. Say which shell RUN uses instead: `SHELL ["{shell}", "-c"]`.',
        ru: 'Подмена /bin/sh меняет оболочку всех следующих RUN и скриптов в образе. Вместо этого укажите оболочку для RUN: `SHELL ["{shell}", "-c"]`.',
      },
      d,
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of findCommand(run, 'ln')) {
        const pos = positionals(cmd);
        const target = pos[pos.length - 1];
        if (pos.length < 2 || target.value !== '/bin/sh') continue;
        const source = pos[0].value;
        const shell = source.startsWith('/') ? source : `/bin/${source.replace(/^.*\//, '')}`;
        report(target.span, { data: { shell: /^[\w/.-]+$/.test(shell) ? shell : '/bin/bash' } });
      }
    }
  },
});
