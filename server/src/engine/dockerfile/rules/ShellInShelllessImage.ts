// Shell-form RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD in a stage whose base has no /bin/sh (scratch,
// distroless, chainguard static, chiseled): the builder or the container would fail to start it.
// Notes: scratch and distroless have no shell — that is their point.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { edit, type Span } from '../../text';
import { baseOf, chainInstructions } from '../baseImage';
import { commandForm, toExecForm } from '../execForm';
import type { DfInstruction, DockerfileModel } from '../model';

type Data = { keyword: string; image: string; start?: number; end?: number; exec?: string };

/** Destinations that could put a shell into the image (a root filesystem, /bin, a busybox). */
const SHELL_DEST = /^\/?(?:bin|usr\/bin|busybox)?\/?(?:sh|busybox|bash|ash)?\/?$/;

function mayHaveShell(file: DockerfileModel, ins: DfInstruction): boolean {
  for (const other of chainInstructions(file, ins.stageIndex)) {
    if (other.index >= ins.index) break;
    // The author chose another shell (for example busybox's) on purpose.
    if (other.keyword === 'SHELL') return true;
    if (other.keyword !== 'COPY' && other.keyword !== 'ADD') continue;
    const words = other.execForm ?? other.args.map((a) => a.value);
    if (!words.length) continue;
    const dest = words[words.length - 1].replace(/^["']|["']$/g, '');
    if (dest.includes('$') || SHELL_DEST.test(dest)) return true;
    if (words.slice(0, -1).some((w) => /busybox|(?:^|\/)(?:ba|a|da)?sh$/.test(w))) return true;
  }
  return false;
}

function shellFormSpan(file: DockerfileModel, ins: DfInstruction): Span | null {
  const form = commandForm(file, ins);
  return form && !form.exec ? form.span : null;
}

export default defineDockerfileRule<Data>({
  id: 'ShellInShelllessImage',
  severity: 'error',
  message: (d) =>
    fill(
      d.keyword === 'RUN'
        ? {
            en: 'RUN in shell form needs /bin/sh, and {image} has no shell: the build fails. Do this work in an earlier stage and copy the result, or use exec form.',
            ru: 'RUN в shell-форме требует /bin/sh, а в {image} оболочки нет — сборка упадёт. Выполните эту работу в предыдущей стадии и скопируйте результат или используйте exec-форму.',
          }
        : {
            en: '{keyword} in shell form is run with /bin/sh, and {image} has no shell: the container cannot start it. Write it in exec form: ["program", "arg"].',
            ru: '{keyword} в shell-форме запускается через /bin/sh, а в {image} оболочки нет — контейнер не сможет его выполнить. Запишите в exec-форме: ["программа", "аргумент"].',
          },
      { keyword: d.keyword, image: d.image },
    ),
  check({ file, report }) {
    for (const st of file.stages) {
      const base = baseOf(file, st.index);
      if (base.image.shell !== false) continue;
      const image = base.image.ref?.raw ?? 'the base image';
      for (const ins of st.instructions) {
        if (!['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword)) continue;
        const span = shellFormSpan(file, ins);
        if (!span || span.end <= span.start) continue;
        if (mayHaveShell(file, ins)) continue;
        const exec = ins.keyword === 'RUN' ? null : toExecForm(file, ins);
        report(span, { data: { keyword: ins.keyword, image, ...(exec ? { start: exec.start, end: exec.end, exec: exec.text } : {}) } });
      }
    }
  },
  fix: {
    title: { en: 'Convert to exec form', ru: 'Перевести в exec-форму' },
    edits: ({ data }) => (data.exec !== undefined && data.start !== undefined && data.end !== undefined ? [edit.replace({ start: data.start, end: data.end }, data.exec)] : null),
  },
});
