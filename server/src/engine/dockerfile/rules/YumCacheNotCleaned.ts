// yum keeps downloaded metadata and packages in /var/cache/yum; unless the same RUN cleans them, they ship.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { runsOf, shippedStages } from '../runEdits';
import { YUM, cleanCacheFix, uncleanedCache } from '../packageManagers';

export default defineDockerfileRule<{ instruction: number; command: string }>({
  id: 'YumCacheNotCleaned',
  severity: 'info',
  aliases: { hadolint: ['DL3032'] },
  message: (d) =>
    fill(
      {
        en: 'The packages and metadata yum downloads stay in this layer. End the same RUN with `{command}`.',
        ru: 'Пакеты и метаданные, скачанные yum, остаются в этом слое. Завершите тот же RUN командой `{command}`.',
      },
      { command: d.command },
    ),
  check({ file, report }) {
    const shipped = shippedStages(file);
    for (const { ins, run } of runsOf(file)) {
      // A stage that is only copied from never ships its cache.
      if (!shipped.has(ins.stageIndex)) continue;
      const found = uncleanedCache(ins, run, YUM);
      if (found) report(found.range, { data: { instruction: ins.index, command: YUM.cleanup(found.cmd.name) } });
    }
  },
  fix: cleanCacheFix,
});
