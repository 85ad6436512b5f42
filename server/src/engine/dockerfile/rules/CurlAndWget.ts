// One download tool per stage is enough; installing and using both only adds size and things to patch.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { runsOf } from '../runEdits';
import type { ShCommand } from '../shell';

const TOOLS = ['curl', 'wget'];

export default defineDockerfileRule<{ tool: string; other: string }>({
  id: 'CurlAndWget',
  severity: 'hint',
  aliases: { hadolint: ['DL4001'] },
  message: (d) =>
    fill(
      {
        en: 'This stage already downloads with `{other}`; using `{tool}` too means two tools to install and keep patched. Pick one.',
        ru: 'В этой стадии уже скачивают через `{other}`; `{tool}` в придачу — это два инструмента, которые надо ставить и обновлять. Оставьте один.',
      },
      d,
    ),
  check({ file, report }) {
    const byStage = new Map<number, ShCommand[]>();
    for (const { ins, run } of runsOf(file)) {
      const list = byStage.get(ins.stageIndex) ?? [];
      list.push(...run.commands.filter((c) => TOOLS.includes(c.name)));
      byStage.set(ins.stageIndex, list);
    }
    for (const uses of byStage.values()) {
      if (!uses.length) continue;
      // The tool used first is the stage's choice; uses of the other one are reported.
      const first = uses[0].name;
      const other = uses.filter((c) => c.name !== first);
      for (const c of other) report(c.argv[0].span, { data: { tool: c.name, other: first } });
    }
  },
});
