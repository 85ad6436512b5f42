// `apt-get install` without `-y` stops at the confirmation prompt, which a build cannot answer.
import { defineDockerfileRule } from '../../rule';
import { findCommand, hasFlag, subcommand } from '../shell';
import { insertAfter, runsOf } from '../runEdits';

/** Flags that answer the prompt: `-qq` implies `--yes` in apt-get. */
const YES_FLAGS = ['-y', '--yes', '--assume-yes', '-qq', '--force-yes'];
/** A simulated install changes nothing and never asks. */
const NO_PROMPT_FLAGS = ['-s', '--simulate', '--dry-run', '--just-print', '--no-act', '--recon'];

export default defineDockerfileRule<{ at: number }>({
  id: 'AptMissingYes',
  severity: 'warning',
  aliases: { hadolint: ['DL3014'] },
  message: {
    en: '`apt-get install` without `-y` waits for a confirmation the build cannot give. Add `-y`.',
    ru: '`apt-get install` без `-y` ждёт подтверждения, которое сборка дать не может. Добавьте `-y`.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of findCommand(run, ['apt-get', 'apt'], 'install')) {
        if (hasFlag(cmd, ...YES_FLAGS, ...NO_PROMPT_FLAGS) || /-o\s*APT::Get::Assume-Yes=(1|true|yes)/i.test(cmd.argv.map((w) => w.value).join(' '))) continue;
        // `yes | apt-get install …` answers every prompt.
        const i = run.commands.indexOf(cmd);
        const before = run.commands[i - 1];
        if (before && before.next === '|' && before.name === 'yes') continue;
        const sub = subcommand(cmd)!;
        report({ start: cmd.argv[0].span.start, end: sub.span.end }, { data: { at: sub.span.end } });
      }
    }
  },
  fix: {
    title: { en: 'Add -y', ru: 'Добавить -y' },
    edits: ({ data }) => [insertAfter({ start: data.at, end: data.at }, '-y')],
  },
});
