// `cd` in RUN lasts only for that RUN; WORKDIR states the working folder once, for every later instruction.
import { defineDockerfileRule } from '../../rule';
import { runsOf } from '../runEdits';

export default defineDockerfileRule({
  id: 'CdInRun',
  severity: 'info',
  aliases: { hadolint: ['DL3003'] },
  message: {
    en: '`cd` only lasts for this RUN. Use `WORKDIR` to set the working directory.',
    ru: '`cd` действует только внутри этого RUN. Задавайте рабочий каталог инструкцией `WORKDIR`.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      // One finding per RUN; `cd` inside `$(…)` or `sh -c` strings is a local detour, not a WORKDIR.
      const cd = run.commands.find((c) => c.depth === 0 && c.name === 'cd');
      if (cd) report(cd.argv[0].span);
    }
  },
});
