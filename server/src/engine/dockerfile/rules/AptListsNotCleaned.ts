// `apt-get update` downloads package lists (tens of MB) into /var/lib/apt/lists; unless the same RUN
// deletes them, they stay in the layer for good.
import { defineDockerfileRule } from '../../rule';
import type { TextEdit } from '../../text';
import { findCommand, shellOf } from '../shell';
import { appendCommand, hasCacheMount, runsOf, shippedStages } from '../runEdits';

const LISTS = /^\/var\/lib\/apt(\/lists(\/\*?)?|\/\*?)?$/;

export default defineDockerfileRule<{ instruction: number }>({
  id: 'AptListsNotCleaned',
  severity: 'info',
  aliases: { hadolint: ['DL3009'] },
  message: {
    en: 'The package lists fetched by `apt-get update` stay in this layer. End the same RUN with `rm -rf /var/lib/apt/lists/*`.',
    ru: 'Списки пакетов, скачанные `apt-get update`, остаются в этом слое. Завершите тот же RUN командой `rm -rf /var/lib/apt/lists/*`.',
  },
  check({ file, report }) {
    const shipped = shippedStages(file);
    for (const { ins, run } of runsOf(file)) {
      if (!shipped.has(ins.stageIndex) || hasCacheMount(ins, ['/var/lib/apt/lists', '/var/lib/apt'])) continue;
      const update = findCommand(run, ['apt-get', 'apt'], 'update')[0];
      if (!update) continue;
      const cleans = run.commands.some(
        (c) => (c.name === 'rm' || c.name === 'find') && c.argv.slice(1).some((w) => LISTS.test(w.value.replace(/^["']|["']$/g, ''))),
      );
      // apt 2.7+ has `apt-get dist-clean`, which drops the lists as well.
      if (cleans || findCommand(run, ['apt-get', 'apt'], 'dist-clean').length) continue;
      report({ start: update.argv[0].span.start, end: update.argv[update.argv.length - 1].span.end }, { data: { instruction: ins.index } });
    }
  },
  fix: {
    title: { en: 'Remove the apt lists at the end of this RUN', ru: 'Удалить списки apt в конце этого RUN' },
    edits: ({ file, data }): TextEdit[] | null => {
      const ins = file.instructions[data.instruction];
      const run = ins && shellOf(file, ins);
      const e = run && appendCommand(file, run, 'rm -rf /var/lib/apt/lists/*');
      return e ? [e] : null;
    },
  },
});
