// zypper keeps repository metadata and packages in /var/cache/zypp; unless the same RUN cleans them, they ship.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { runsOf, shippedStages } from '../runEdits';
import { ZYPPER, cleanCacheFix, uncleanedCache } from '../packageManagers';

export default defineDockerfileRule<{ instruction: number; command: string }>({
  id: 'ZypperCacheNotCleaned',
  severity: 'info',
  aliases: { hadolint: ['DL3036'] },
  message: (d) =>
    fill(
      {
        en: 'The metadata and packages zypper downloads stay in this layer. End the same RUN with `{command}`.',
        ru: 'Метаданные и пакеты, скачанные zypper, остаются в этом слое. Завершите тот же RUN командой `{command}`.',
      },
      { command: d.command },
    ),
  check({ file, report }) {
    const shipped = shippedStages(file);
    for (const { ins, run } of runsOf(file)) {
      // A stage that is only copied from never ships its cache.
      if (!shipped.has(ins.stageIndex)) continue;
      const found = uncleanedCache(ins, run, ZYPPER);
      if (found) report(found.range, { data: { instruction: ins.index, command: ZYPPER.cleanup(found.cmd.name) } });
    }
  },
  fix: cleanCacheFix,
});
