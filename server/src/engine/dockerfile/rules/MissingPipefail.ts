// A pipeline's status is its last command's: `curl … | tar x` "succeeds" when curl fails, and the
// build goes on with a broken layer. `set -o pipefail` (or a SHELL with it) makes the failure count.
import { defineDockerfileRule } from '../../rule';
import { edit, type TextEdit } from '../../text';
import type { DockerfileModel } from '../model';
import { shellOf, type ShScript } from '../shell';
import { baseImage, lineIndent, runsOf } from '../runEdits';

/** `set -o pipefail`, `set -eo pipefail`, `set -euxo pipefail`, `set -e -o pipefail`. */
function setsPipefail(run: ShScript, before: number): boolean {
  return run.commands.some((c) => {
    if (c.name !== 'set' || c.span.start >= before) return false;
    const a = c.argv.slice(1).map((w) => w.value);
    return a.some((v, k) => /^-[a-zA-Z]*o$/.test(v) && a[k + 1] === 'pipefail');
  });
}

/** Producers whose failure pipefail would not catch anyway (`echo "$sum  f" | sha256sum -c -`). */
const NEVER_FAIL = new Set(['echo', 'printf', 'yes', 'true', ':']);

/** True when every command before the last of the pipeline that `top[k]` starts or continues is one of NEVER_FAIL. */
function producersCannotFail(top: ShScript['commands'], k: number): boolean {
  let start = k;
  while (start > 0 && (top[start - 1].next === '|' || top[start - 1].next === '|&')) start--;
  let end = k;
  while (end < top.length - 1 && (top[end].next === '|' || top[end].next === '|&')) end++;
  return top.slice(start, end).every((c) => NEVER_FAIL.has(c.name));
}

/** True when the stage's SHELL (or an ancestor's) turns pipefail on. */
function shellHasPipefail(run: ShScript): boolean {
  const sh = run.shell;
  return sh.some((v, k) => /^-[a-zA-Z]*o$/.test(v) && sh[k + 1] === 'pipefail');
}

/** Bases whose /bin/sh is busybox ash, which knows `set -o pipefail` (dash does not, so others get bash). */
const ASH_BASES = /alpine|busybox/;
/** Bases with no bash to put in SHELL (or no shell at all), or that we cannot name. */
const NO_BASH = /distroless|busybox|^scratch$|\$|^$/;

type Data = { instruction: number; fix: 'set' | 'shell' | null };

export default defineDockerfileRule<Data>({
  id: 'MissingPipefail',
  severity: 'warning',
  aliases: { hadolint: ['DL4006'] },
  message: {
    en: 'This pipe hides failures of the commands before the last one. Run `set -o pipefail` first, or set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
    ru: 'Этот конвейер скрывает ошибки всех команд, кроме последней. Сначала выполните `set -o pipefail` или задайте `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
  },
  check({ file, report }) {
    for (const { ins, run } of runsOf(file)) {
      if (run.execForm || !run.posix || shellHasPipefail(run)) continue;
      const top = run.commands.filter((c) => c.depth === 0 && c.origin !== 'exec');
      const piped = top.find((c, k) => (c.next === '|' || c.next === '|&') && !producersCannotFail(top, k));
      if (!piped || setsPipefail(run, piped.span.start)) continue;
      const after = file.text.indexOf('|', piped.span.end);
      const at = after >= 0 && after < ins.span.end ? after : piped.span.end;
      const image = baseImage(file, ins.stageIndex);
      const heredoc = piped.origin === 'heredoc';
      const fix: Data['fix'] = ASH_BASES.test(image) ? (heredoc || ins.heredocs.length ? null : 'set') : NO_BASH.test(image) ? null : 'shell';
      report({ start: at, end: at + (file.text[at + 1] === '&' ? 2 : 1) }, { data: { instruction: ins.index, fix } });
    }
  },
  fix: {
    title: (d) =>
      d.fix === 'set'
        ? { en: 'Start the RUN with set -o pipefail', ru: 'Начать RUN с set -o pipefail' }
        : { en: 'Add SHELL with -o pipefail above', ru: 'Добавить выше SHELL с -o pipefail' },
    edits: ({ file, data }): TextEdit[] | null => fixEdits(file, data),
  },
});

function fixEdits(file: DockerfileModel, data: Data): TextEdit[] | null {
  const ins = file.instructions[data.instruction];
  if (!ins || !ins.argsSpan || !data.fix) return null;
  if (data.fix === 'set') return [edit.insert(ins.argsSpan.start, 'set -o pipefail && ')];
  const run = shellOf(file, ins);
  if (!run) return null;
  const at = file.doc.lineStart(ins.startLine);
  return [edit.insert(at, `${lineIndent(file, ins)}SHELL ["/bin/bash", "-o", "pipefail", "-c"]${file.doc.eol}`)];
}
