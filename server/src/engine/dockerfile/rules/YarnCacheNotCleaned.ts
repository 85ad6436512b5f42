// Yarn keeps a copy of every package it fetches in its global cache; unless the same RUN cleans it, it ships.
import { defineDockerfileRule } from '../../rule';
import { findCommand, flagValue, hasFlag, positionals } from '../shell';
import { hasCacheMount, runsOf, shippedStages } from '../runEdits';
import { cleanCacheFix, cleanedAfter } from '../packageManagers';

/** Where yarn 1 and yarn berry keep their global cache when run as root (the usual build user). */
const YARN_CACHE = ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/root/.yarn/berry/cache', '/home/node/.cache/yarn'];

/** `yarn --version` and friends print and exit. */
const INFO_FLAGS = ['--version', '-v', '--help', '-h'];

/** `yarn`, `yarn install`, `yarn add …`, `yarn global add …`: the commands that fill the cache. */
function fillsCache(words: string[]): boolean {
  return words.length === 0 || words[0] === 'install' || words[0] === 'add' || (words[0] === 'global' && words[1] === 'add');
}

export default defineDockerfileRule<{ instruction: number; command: string }>({
  id: 'YarnCacheNotCleaned',
  severity: 'info',
  aliases: { hadolint: ['DL3060'] },
  message: {
    en: 'The packages yarn fetches stay in its cache in this layer. End the same RUN with `yarn cache clean` (or mount a cache for yarn).',
    ru: 'Скачанные yarn пакеты остаются в его кэше в этом слое. Завершите тот же RUN командой `yarn cache clean` (или подключите для yarn кэш-монтирование).',
  },
  check({ file, report }) {
    const shipped = shippedStages(file);
    for (const { ins, run } of runsOf(file)) {
      if (!shipped.has(ins.stageIndex) || hasCacheMount(ins, YARN_CACHE)) continue;
      const installs = findCommand(run, 'yarn').filter((c) => fillsCache(positionals(c).map((w) => w.value)) && !hasFlag(c, ...INFO_FLAGS));
      if (!installs.length) continue;
      const last = installs[installs.length - 1];
      const folder = flagValue(last, '--cache-folder')?.value;
      const paths = folder ? [...YARN_CACHE, folder.replace(/\/+$/, '')] : YARN_CACHE;
      const index = run.commands.indexOf(last);
      if (cleanedAfter(run, index, ['yarn'], [['cache', 'clean']], paths)) continue;
      // `rm -rf "$(yarn cache dir)"` empties whatever folder yarn uses.
      if (run.commands.slice(index + 1).some((c) => c.name === 'rm' && c.argv.some((w) => /yarn cache dir/.test(w.value)))) continue;
      const first = installs[0];
      const pos = positionals(first);
      report({ start: first.argv[0].span.start, end: (pos[0] ?? first.argv[0]).span.end }, { data: { instruction: ins.index, command: 'yarn cache clean' } });
    }
  },
  fix: cleanCacheFix,
});
