// RUN already runs as the stage's USER; `sudo` adds a setuid tool and hides which user really acts.
import { defineDockerfileRule } from '../../rule';
import { runsOf } from '../runEdits';

export default defineDockerfileRule({
  id: 'Sudo',
  severity: 'warning',
  aliases: { hadolint: ['DL3004'] },
  message: {
    en: 'Do not use `sudo` in RUN: switch users with `USER` (or `gosu` in an entrypoint) instead.',
    ru: 'Не используйте `sudo` в RUN: переключайте пользователя инструкцией `USER` (или `gosu` в entrypoint).',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of run.commands) {
        for (const w of cmd.wrappers) if (w.value.replace(/.*\//, '') === 'sudo') report(w.span);
        if (cmd.name === 'sudo') report(cmd.argv[0].span);
      }
    }
  },
});
