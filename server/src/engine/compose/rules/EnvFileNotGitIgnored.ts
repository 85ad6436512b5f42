// A `.env` or env_file with values that Git does not ignore: it ends up committed (the notes: commit
// `.env.example`, keep `.env` in `.gitignore`).
import * as path from 'node:path';
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import type { Span } from '../../text';
import { get, type CNode } from '../model';
import { parseDotEnv } from '../interpolation';
import { ownServices, projectOf, resolved, valueSpan } from './services';
import { refSites } from './variables';
import { gitignoreFiles, isGitIgnored } from './gitignore';

interface Data {
  file: string;
  name: string;
  projectDir: string;
}

/** Templates meant to be committed (`.env.example`, `app.env.sample`). */
const TEMPLATE = /\.(?:example|sample|template|dist|defaults?|tpl)$/i;

function holdsValues(text: string | undefined): boolean {
  if (text === undefined) return false;
  for (const v of parseDotEnv(text).values()) if (v.value !== '') return true;
  return false;
}

export default defineComposeRule<Data>({
  id: 'EnvFileNotGitIgnored',
  severity: 'info',
  message: (d) => fill({ en: '"{name}" holds values but .gitignore does not exclude it: it would be committed. Ignore it and commit a `.env.example` instead.', ru: '«{name}» содержит значения, но не исключён в .gitignore и попадёт в коммит. Добавьте его в .gitignore, а в репозиторий кладите `.env.example`.' }, { ...d }),
  check(ctx) {
    const project = projectOf(ctx);
    const reported = new Set<string>();
    const consider = (file: string, span: Span) => {
      const abs = path.resolve(file);
      if (reported.has(abs)) return;
      reported.add(abs);
      if (TEMPLATE.test(abs) || !holdsValues(ctx.ws.read(abs)) || isGitIgnored(ctx.ws, abs, project.dir)) return;
      ctx.report(span, { data: { file: abs, name: path.relative(project.dir, abs).split(path.sep).join('/'), projectDir: project.dir } });
    };
    const sites = refSites(ctx.file, project).filter((s) => project.env.has(s.ref.name));
    const firstEnvFile: Array<{ file: string; span: Span }> = [];
    for (const svc of ownServices(ctx.file)) {
      const ef = get(svc.value, 'env_file');
      for (const e of (ef?.type === 'seq' ? ef.items : ef ? [ef] : []) as CNode[]) {
        const node = e.type === 'map' ? get(e, 'path') : e;
        const p = node && resolved(project, node);
        if (node && p) firstEnvFile.push({ file: path.resolve(project.dir, p), span: valueSpan(ctx.file, node) });
      }
    }
    // The project's .env: where this file first reads a variable from it, or lists it as env_file.
    const envUse = [...sites.map((s) => ({ file: project.envPath, span: s.nameSpan })), ...firstEnvFile.filter((f) => f.file === path.resolve(project.envPath))].sort((a, b) => a.span.start - b.span.start)[0];
    if (envUse) consider(envUse.file, envUse.span);
    for (const f of firstEnvFile) consider(f.file, f.span);
  },
  fixes: ({ data, ws }) => {
    const candidates = gitignoreFiles(ws, path.dirname(data.file), data.projectDir);
    const gi = candidates[candidates.length - 1] ?? path.join(data.projectDir, '.gitignore');
    const rel = path.relative(path.dirname(gi), data.file).split(path.sep).join('/');
    const entry = rel.includes('/') ? `/${rel}` : rel;
    const existing = ws.read(gi);
    const eol = existing?.includes('\r\n') ? '\r\n' : '\n';
    return [
      {
        title: { en: `Add ${entry} to .gitignore`, ru: `Добавить ${entry} в .gitignore` },
        edits: [],
        files: [existing === undefined ? { kind: 'create', path: gi, text: entry + '\n' } : { kind: 'append', path: gi, text: (existing && !/\n$/.test(existing) ? eol : '') + entry + eol }],
        preferred: true,
      },
    ];
  },
});
