// `apk add` keeps the package index in /var/cache/apk unless `--no-cache` is given: dead weight in the layer.
import { defineDockerfileRule } from '../../rule';
import { findCommand, hasFlag, subcommand } from '../shell';
import { hasCacheMount, insertAfter, runsOf, shippedStages } from '../runEdits';

const APK_CACHE = ['/var/cache/apk', '/etc/apk/cache'];

export default defineDockerfileRule<{ at: number }>({
  id: 'ApkNoCache',
  severity: 'info',
  aliases: { hadolint: ['DL3019'] },
  message: {
    en: '`apk add` leaves its package index in the layer. Add `--no-cache` (or mount a cache at /var/cache/apk).',
    ru: '`apk add` оставляет индекс пакетов в слое. Добавьте `--no-cache` (или подключите кэш в /var/cache/apk).',
  },
  check({ file, report }) {
    const shipped = shippedStages(file);
    for (const { ins, run } of runsOf(file)) {
      // A stage that is only copied from never ships its caches.
      if (!shipped.has(ins.stageIndex) || hasCacheMount(ins, APK_CACHE)) continue;
      const cleans = run.commands.some((c) => c.name === 'rm' && c.argv.some((w) => /^\/var\/cache\/apk(\/\*?)?$/.test(w.value)));
      if (cleans) continue;
      for (const cmd of findCommand(run, 'apk', 'add')) {
        if (hasFlag(cmd, '--no-cache')) continue;
        const sub = subcommand(cmd)!;
        report({ start: cmd.argv[0].span.start, end: sub.span.end }, { data: { at: sub.span.end } });
      }
    }
  },
  fix: {
    title: { en: 'Add --no-cache', ru: 'Добавить --no-cache' },
    edits: ({ data }) => [insertAfter({ start: data.at, end: data.at }, '--no-cache')],
  },
});
