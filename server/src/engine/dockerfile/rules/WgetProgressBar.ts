// wget's progress bar redraws many times a second; in a build log it becomes thousands of lines of noise.
import { defineDockerfileRule, type FixProposal } from '../../rule';
import { findCommand, hasFlag } from '../shell';
import { insertAfter, runsOf } from '../runEdits';
import { baseOf } from '../baseImage';

/** Flags that quiet or redirect wget's progress output. */
const QUIET = ['--progress', '-q', '--quiet', '-nv', '--no-verbose', '-o', '--output-file', '-a', '--append-output'];
/** `-qO-`, `-qO file`: a cluster holding `-q` before the value-taking `-O`. */
const QUIET_CLUSTER = /^-[A-NP-Za-z]*q/;
/** Bases whose `wget` is BusyBox's: it knows `-q` but neither `--progress` nor `-nv`. */
const BUSYBOX_FAMILIES = new Set(['alpine', 'busybox', 'wolfi']);

export default defineDockerfileRule<{ at: number; busybox: boolean }>({
  id: 'WgetProgressBar',
  severity: 'hint',
  aliases: { hadolint: ['DL3047'] },
  message: {
    en: '`wget` without a progress option fills the build log with its progress bar. Add `--progress=dot:giga` (or `-nv`; `-q` for BusyBox wget).',
    ru: '`wget` без настройки прогресса забивает лог сборки своим индикатором. Добавьте `--progress=dot:giga` (или `-nv`; для wget из BusyBox — `-q`).',
  },
  check({ file, report }) {
    for (const { ins, run } of runsOf(file)) {
      const busybox = BUSYBOX_FAMILIES.has(baseOf(file, ins.stageIndex).image.family);
      for (const cmd of findCommand(run, 'wget')) {
        // In PowerShell `wget` is Invoke-WebRequest (`wget $url -OutFile x`), which has no such bar.
        if (hasFlag(cmd, ...QUIET) || cmd.argv.some((w) => QUIET_CLUSTER.test(w.value) || /^-(OutFile|Uri|UseBasicParsing)$/i.test(w.value))) continue;
        report(cmd.argv[0].span, { data: { at: cmd.argv[0].span.end, busybox } });
      }
    }
  },
  fixes: ({ data }): FixProposal[] => {
    const flags = data.busybox ? ['-q'] : ['--progress=dot:giga', '-nv'];
    return flags.map((flag, i) => ({
      title: { en: `Add ${flag}`, ru: `Добавить ${flag}` },
      edits: [insertAfter({ start: data.at, end: data.at }, flag)],
      preferred: i === 0,
    }));
  },
});
