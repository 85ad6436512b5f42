// `zypper dist-upgrade` may switch the image to another distribution release in the middle of a build.
import { defineDockerfileRule } from '../../rule';
import { findCommand, subcommand } from '../shell';
import { runsOf } from '../runEdits';

export default defineDockerfileRule({
  id: 'ZypperDistUpgrade',
  severity: 'warning',
  aliases: { hadolint: ['DL3035'] },
  message: {
    en: '`zypper dist-upgrade` can move the image to another distribution release behind the base tag. Choose a newer base image instead, or use `zypper update`.',
    ru: '`zypper dist-upgrade` может перевести образ на другой выпуск дистрибутива в обход тега базового образа. Лучше возьмите более новый базовый образ или используйте `zypper update`.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of [...findCommand(run, 'zypper', 'dist-upgrade'), ...findCommand(run, 'zypper', 'dup')]) {
        report({ start: cmd.argv[0].span.start, end: subcommand(cmd)!.span.end });
      }
    }
  },
});
