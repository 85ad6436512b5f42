// BuildKit's WorkdirRelativePath: the first WORKDIR of a stage chain is relative, so it depends on the base image's folder.
import { defineDockerfileRule } from '../../rule';
import { expandText, variableIndex } from '../variables';
import type { DfInstruction, DockerfileModel } from '../model';

/** Absolute for Linux (`/x`) and Windows (`C:\x`, `\x`) builders alike. */
function isAbsolute(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(p);
}

/** The path after expansion with the values known at that point, or null when a value is unknown. */
function expandedPath(file: DockerfileModel, ins: DfInstruction): string | null {
  const raw = file.text.slice(ins.argsSpan!.start, ins.argsSpan!.end).trim();
  if (!raw.includes('$')) return raw.replace(/^["']|["']$/g, '');
  const idx = variableIndex(file);
  let known = true;
  const v = expandText(raw, file.escapeChar, (name) => {
    const def = idx.lookup(name, ins);
    if (!def) return undefined;
    if (def.value === null || def.value.includes('$')) known = false;
    return def.value ?? '';
  });
  return known ? v : null;
}

export default defineDockerfileRule<{ path: string }>({
  id: 'WorkdirRelativePath',
  severity: 'warning',
  aliases: { hadolint: ['DL3000'] },
  message: (d) => ({
    en: `Relative WORKDIR "${d.path}" depends on the base image's working directory; use an absolute path.`,
    ru: `Относительный WORKDIR «${d.path}» зависит от рабочего каталога базового образа — укажите абсолютный путь.`,
  }),
  check({ file, report }) {
    // Whether a WORKDIR was set in the stage (or, for a stage built FROM another, in that one).
    const set = new Map<number, boolean>();
    for (const st of file.stages) {
      let has = st.parentStage !== null && st.parentStage < st.index ? set.get(st.parentStage) ?? false : false;
      for (const ins of st.instructions) {
        if (ins.keyword !== 'WORKDIR' || !ins.argsSpan) continue;
        if (!has) {
          const p = expandedPath(file, ins);
          if (p !== null && p !== '' && !isAbsolute(p)) report(ins.argsSpan, { data: { path: p } });
        }
        has = true;
      }
      set.set(st.index, has);
    }
  },
});
