// dnf keeps repository metadata (tens of MB) in /var/cache/dnf; unless the same RUN cleans it, it ships.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { runsOf, shippedStages } from '../runEdits';
import { DNF, cleanCacheFix, uncleanedCache } from '../packageManagers';

export default defineDockerfileRule<{ instruction: number; command: string }>({
  id: 'DnfCacheNotCleaned',
  severity: 'info',
  aliases: { hadolint: ['DL3040'] },
  message: (d) =>
    fill(
      {
        en: 'The metadata (and packages) dnf downloads stay in this layer. End the same RUN with `{command}`.',
        ru: 'Метаданные (и пакеты), скачанные dnf, остаются в этом слое. Завершите тот же RUN командой `{command}`.',
      },
      { command: d.command },
    ),
  check({ file, report }) {
    const shipped = shippedStages(file);
    for (const { ins, run } of runsOf(file)) {
      // A stage that is only copied from never ships its cache.
      if (!shipped.has(ins.stageIndex)) continue;
      const found = uncleanedCache(ins, run, DNF);
      if (found) report(found.range, { data: { instruction: ins.index, command: DNF.cleanup(found.cmd.name) } });
    }
  },
  fix: cleanCacheFix,
});
