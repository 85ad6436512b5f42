// `RUN apt-get update` on its own is cached as a layer: later installs reuse that stale index long
// after the mirrors moved on, and fail or install old versions. Update and install in one RUN.
import { defineDockerfileRule } from '../../rule';
import { edit, type TextEdit } from '../../text';
import type { DfInstruction, DockerfileModel } from '../model';
import { findCommand, shellOf, subcommand, type ShScript } from '../shell';
import { continuationIndent, topLevel, wholeLines } from '../runEdits';

const APT = ['apt-get', 'apt', 'aptitude'];
/** Commands that cannot use the fresh index: a RUN of only these and the update is "update alone". */
const INERT = new Set(['rm', 'set', 'echo', 'true', ':', 'mkdir', 'printf']);
/** apt subcommands that do not consume the index. */
const APT_INERT = new Set(['update', 'clean', 'autoclean']);
/** Instructions an update may not be moved past. */
const BARRIERS = new Set(['USER', 'SHELL', 'ONBUILD']);

function updateAlone(run: ShScript): boolean {
  const update = findCommand(run, APT, 'update');
  if (!update.length) return false;
  return run.commands.every((c) => (APT.includes(c.name) ? APT_INERT.has(subcommand(c)?.value ?? '') : INERT.has(c.name) || c.name === ''));
}

function installs(run: ShScript | null): boolean {
  return !!run && findCommand(run, APT).some((c) => !APT_INERT.has(subcommand(c)?.value ?? 'update'));
}

/** The later RUN of the stage whose install should get the update, if nothing forbids the move. */
function nextInstallRun(file: DockerfileModel, ins: DfInstruction): DfInstruction | null {
  const stage = file.stages[ins.stageIndex];
  if (!stage) return null;
  for (const i of stage.instructions) {
    if (i.index <= ins.index) continue;
    if (BARRIERS.has(i.keyword)) return null;
    if (i.keyword === 'RUN' && installs(shellOf(file, i))) return i;
  }
  return null;
}

export default defineDockerfileRule<{ update: number; install: number | null }>({
  id: 'AptGetUpdateAlone',
  severity: 'warning',
  message: {
    en: '`apt-get update` in a RUN of its own caches a stale package index. Run it in the same RUN as the `apt-get install` it feeds.',
    ru: '`apt-get update` в отдельном RUN закэширует устаревший индекс пакетов. Выполняйте его в том же RUN, что и `apt-get install`.',
  },
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const run = shellOf(file, ins);
      if (!run || !updateAlone(run)) continue;
      const cmd = findCommand(run, APT, 'update')[0];
      const next = nextInstallRun(file, ins);
      report({ start: cmd.argv[0].span.start, end: subcommand(cmd)!.span.end }, { data: { update: ins.index, install: next ? next.index : null } });
    }
  },
  fix: {
    title: { en: 'Move the update into the install RUN', ru: 'Перенести update в RUN с установкой' },
    edits: ({ file, data }) => mergeEdits(file, data.update, data.install),
  },
});

function mergeEdits(file: DockerfileModel, updateIndex: number, installIndex: number | null): TextEdit[] | null {
  if (installIndex === null) return null;
  const upd = file.instructions[updateIndex];
  const inst = file.instructions[installIndex];
  const u = upd && shellOf(file, upd);
  const t = inst && shellOf(file, inst);
  if (!u || !t || u.execForm || t.execForm || upd.flags.length || upd.heredocs.length || !inst.argsSpan) return null;
  const removeUpdate = edit.remove(wholeLines(file, upd));
  // The install RUN may already update the index itself: then the lone update only goes.
  if (findCommand(t, APT, 'update').length) return [removeUpdate];
  if (inst.heredocs.length) return null;
  const updateCmd = topLevel(u).find((c) => APT.includes(c.name) && subcommand(c)?.value === 'update');
  if (!updateCmd) return null;
  const updateText = file.text.slice(updateCmd.span.start, updateCmd.span.end);
  if (/[\r\n]/.test(updateText)) return null;
  const indent = continuationIndent(file, inst);
  return [removeUpdate, edit.insert(inst.argsSpan.start, `${updateText} && ${file.escapeChar}${file.doc.eol}${indent}`)];
}
