// `.dockerignore` is applied before the context reaches the builder: what it does not exclude, a
// `COPY .` puts into the image — `.env` files, private keys and the `.git` history included.
import { defineDockerfileRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import type { DockerfileModel } from '../model';
import { buildContext, matcher, type SensitiveFile } from '../context';
import { findCommand, shellOf } from '../shell';
import { wholeContextCopy } from '../runEdits';

const MESSAGE: Msg = {
  en: '`COPY .` sends {files} into the image: the `.dockerignore` does not exclude {them}. Add {patterns} to it.',
  ru: '`COPY .` отправит в образ {files}: `.dockerignore` {them_ru}. Добавьте туда {patterns}.',
};

interface Data {
  files: string[];
  patterns: string[];
  /** The ignore file to extend, or to create when there is none. */
  ignoreFile: string;
  create: boolean;
}

/** Paths the Dockerfile copies by name: a key copied on purpose is not a leak. */
function copiedByName(file: DockerfileModel): string[] {
  const out: string[] = [];
  for (const ins of file.instructions) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some((f) => f.name.toLowerCase() === 'from')) continue;
    const srcs = ins.execForm ? ins.execForm.slice(0, -1) : ins.args.slice(0, -1).map((a) => a.value.replace(/^["']|["']$/g, ''));
    for (const s of srcs) out.push(s.replace(/^\.\//, ''));
  }
  return out;
}

function usesGitHistory(file: DockerfileModel): boolean {
  return file.instructions.some((ins) => ins.keyword === 'RUN' && findCommand(shellOf(file, ins), 'git').some((c) => !['clone', 'config', 'init', 'ls-remote'].includes(c.argv[1]?.value ?? '')));
}

function list(items: string[]): string {
  const shown = items.slice(0, 3).map((x) => '`' + x + '`');
  return shown.join(', ') + (items.length > 3 ? ` (+${items.length - 3})` : '');
}

export default defineDockerfileRule<Data>({
  id: 'SecretInBuildContext',
  severity: 'warning',
  message: (d) =>
    fill(MESSAGE, {
      files: list(d.files),
      them: d.files.length > 1 ? 'them' : 'it',
      them_ru: d.create ? 'отсутствует' : d.files.length > 1 ? 'их не исключает' : 'его не исключает',
      patterns: list(d.patterns),
    }),
  check({ file, ws, project, report }) {
    const ctx = buildContext(ws, project.generation, file.path);
    if (!ctx || !ctx.exposed.length) return;
    const named = copiedByName(file);
    const keepGit = usesGitHistory(file);
    const exposed = ctx.exposed.filter((f: SensitiveFile) => !named.includes(f.rel.replace(/\/$/, '')) && !(keepGit && f.kind === 'git'));
    if (!exposed.length) return;
    const patterns = [...new Set(exposed.map((f) => f.pattern))];
    for (const stage of file.stages) {
      const copy = stage.instructions.map((i) => wholeContextCopy(file, i)).find((c) => c !== null);
      if (!copy) continue;
      report(copy.source, {
        data: { files: exposed.map((f) => f.rel), patterns, ignoreFile: ctx.ignoreFile ?? ctx.defaultIgnoreFile, create: !ctx.ignoreFile },
      });
    }
  },
  fixes: ({ file, data, ws }) => {
    const current = data.create ? undefined : ws.read(data.ignoreFile) ?? '';
    const eol = file.doc.eol;
    // Only patterns that would still change something; each one must really exclude its file.
    const hides = matcher(current);
    const patterns = data.patterns.filter((p) => data.files.some((f) => !hides(f.replace(/\/$/, '')) && matcher(p)(f.replace(/\/$/, ''))));
    if (!patterns.length) return [];
    const block = `# Kept out of the image: secrets and history${eol}${patterns.join(eol)}${eol}`;
    const title = { en: `Add ${patterns.join(', ')} to .dockerignore`, ru: `Добавить ${patterns.join(', ')} в .dockerignore` };
    if (current === undefined) return [{ title, edits: [], files: [{ kind: 'create', path: data.ignoreFile, text: block }], preferred: true }];
    const sep = current === '' || current.endsWith('\n') ? (current === '' ? '' : eol) : eol + eol;
    return [{ title, edits: [], files: [{ kind: 'append', path: data.ignoreFile, text: sep + block }], preferred: true }];
  },
});
