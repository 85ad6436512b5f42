// pip keeps every downloaded wheel in ~/.cache/pip; in an image that is weight nobody uses again.
import { defineDockerfileRule } from '../../rule';
import { findCommand, hasFlag, subcommand } from '../shell';
import { hasCacheMount, insertAfter, runsOf, shippedStages } from '../runEdits';

const PIP_CACHE = ['/root/.cache/pip', '/root/.cache'];

/** `ENV PIP_NO_CACHE_DIR=…` earlier in the stage turns the cache off for every pip. */
function stageDisablesCache(file: Parameters<typeof runsOf>[0], stageIndex: number, before: number): boolean {
  const stage = file.stages[stageIndex];
  return !!stage && stage.instructions.some((i) => i.index < before && i.keyword === 'ENV' && i.args.some((a) => /^PIP_NO_CACHE_DIR(=|$)/i.test(a.value)));
}

export default defineDockerfileRule<{ at: number }>({
  id: 'PipNoCacheDir',
  severity: 'info',
  aliases: { hadolint: ['DL3042'] },
  message: {
    en: '`pip install` keeps its download cache in the layer. Add `--no-cache-dir` (or mount a cache at /root/.cache/pip).',
    ru: '`pip install` оставляет кэш загрузок в слое. Добавьте `--no-cache-dir` (или подключите кэш в /root/.cache/pip).',
  },
  check({ file, report }) {
    const shipped = shippedStages(file);
    for (const { ins, run } of runsOf(file)) {
      if (!shipped.has(ins.stageIndex) || hasCacheMount(ins, PIP_CACHE)) continue;
      if (stageDisablesCache(file, ins.stageIndex, ins.index)) continue;
      for (const cmd of findCommand(run, 'pip', 'install')) {
        if (hasFlag(cmd, '--no-cache-dir') || cmd.assignments.some((a) => a.name === 'PIP_NO_CACHE_DIR')) continue;
        const sub = subcommand(cmd)!;
        report({ start: cmd.argv[0].span.start, end: sub.span.end }, { data: { at: sub.span.end } });
      }
    }
  },
  fix: {
    title: { en: 'Add --no-cache-dir', ru: 'Добавить --no-cache-dir' },
    edits: ({ data }) => [insertAfter({ start: data.at, end: data.at }, '--no-cache-dir')],
  },
});
