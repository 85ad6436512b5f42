// SHELL must be a JSON array of strings, with at least the shell's path.
import { defineDockerfileRule } from '../../rule';
import { joinedText } from '../syntax';

/** The array BuildKit would read, continuations and comment lines removed. */
function jsonArray(text: string): unknown[] | null {
  const t = text.trim();
  if (!t.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}

export default defineDockerfileRule<{ empty: boolean }>({
  id: 'ShellFormRequired',
  severity: 'error',
  message: (d) =>
    d.empty
      ? { en: 'SHELL needs at least the shell to run, e.g. ["/bin/bash", "-c"].', ru: 'SHELL должен указывать хотя бы оболочку, например ["/bin/bash", "-c"].' }
      : {
          en: 'SHELL must be written as a JSON array of strings, e.g. ["/bin/bash", "-c"].',
          ru: 'SHELL записывается только как JSON-массив строк, например ["/bin/bash", "-c"].',
        },
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'SHELL' || !ins.argsSpan) continue;
      const arr = ins.execForm ?? jsonArray(joinedText(file, ins.argsSpan));
      if (!arr) report(ins.argsSpan, { data: { empty: false } });
      else if (arr.length === 0) report(ins.argsSpan, { data: { empty: true } });
    }
  },
});
