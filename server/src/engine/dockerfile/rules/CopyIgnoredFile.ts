// BuildKit's CopyIgnoredFile: COPY/ADD names a path that `.dockerignore` keeps out of the build context.
import * as path from 'node:path';
import { defineDockerfileRule } from '../../rule';
import type { Span } from '../../text';
import { buildContext } from '../context';
import { argumentText, splitWords, unquote } from '../variables';
import type { DfInstruction, DockerfileModel } from '../model';

/** Source paths of a COPY/ADD with their spans (the destination and heredoc sources left out). */
function sources(file: DockerfileModel, ins: DfInstruction): Array<{ value: string; span: Span }> {
  if (ins.execForm && ins.argsSpan) return ins.execForm.slice(0, -1).map((value) => ({ value, span: ins.argsSpan! }));
  const text = argumentText(file, ins);
  const words = splitWords(text, file.escapeChar).filter((w) => !/^<<-?["']?[A-Za-z_]/.test(w.raw));
  return words.slice(0, -1).map((w) => ({ value: unquote(w.raw, file.escapeChar), span: w.span }));
}

export default defineDockerfileRule<{ keyword: string; source: string }>({
  id: 'CopyIgnoredFile',
  severity: 'warning',
  message: (d) => ({
    en: `${d.keyword} source "${d.source}" is excluded by .dockerignore, so it is not in the build context; un-ignore it or copy something else.`,
    ru: `Источник ${d.keyword} «${d.source}» исключён в .dockerignore и не попадает в контекст сборки; уберите исключение или копируйте другое.`,
  }),
  check({ file, ws, project, report }) {
    let ctx: ReturnType<typeof buildContext> | undefined;
    for (const ins of file.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      if (ins.flags.some((f) => f.name.toLowerCase() === 'from')) continue;
      if (ctx === undefined) ctx = buildContext(ws, project.generation, file.path);
      // Without an ignore file nothing is excluded; with `!` exceptions BuildKit does not guess either.
      if (!ctx || ctx.ignoreText === undefined || /^\s*!/m.test(ctx.ignoreText)) return;
      for (const src of sources(file, ins)) {
        const v = src.value;
        if (!v || /[$*?[\]]/.test(v) || /^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^git@/.test(v)) continue;
        const rel = path.posix.normalize(v.replace(/\\/g, '/')).replace(/^\/+/, '').replace(/\/+$/, '');
        if (!rel || rel === '.' || rel.startsWith('..')) continue;
        if (ctx.excludes(rel)) report(src.span, { data: { keyword: ins.keyword, source: v } });
      }
    }
  },
});
