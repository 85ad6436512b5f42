// `COPY . .` before the dependency install makes every source edit a new COPY layer, so the install
// after it runs again from scratch. Copying the manifests first keeps the install cached until the
// dependencies themselves change.
import * as path from 'node:path';
import { defineDockerfileRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import { edit, type TextEdit } from '../../text';
import type { Workspace } from '../../workspace';
import type { DfInstruction, DockerfileModel } from '../model';
import { shellOf, subcommand, type ShCommand } from '../shell';
import { buildContext, matcher } from '../context';
import { dependencyInstall } from '../dependencyInstalls';
import { cacheMountTargets } from '../runEdits';
import { lineIndent, topLevel, wholeContextCopy } from '../runEdits';

/** Instructions an install may be moved above without changing what it sees. */
const MOVABLE_PAST = new Set(['LABEL', 'EXPOSE', 'COPY', 'ADD', 'VOLUME', 'STOPSIGNAL', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT', 'MAINTAINER']);

const MESSAGE: Msg = {
  en: '`{tool}` runs after `COPY .` (line {line}): any source change reinstalls every dependency. Copy {manifests} first and install before copying the rest.',
  ru: '`{tool}` выполняется после `COPY .` (строка {line}): любая правка исходников заново ставит все зависимости. Сначала скопируйте {manifests} и установите зависимости, а потом копируйте остальное.',
};

interface Data {
  tool: string;
  line: number;
  manifests: string;
  copy: number;
  run: number;
  cmdStart: number;
}

export default defineDockerfileRule<Data>({
  id: 'CopyAllBeforeDependencyInstall',
  severity: 'warning',
  message: (d) => fill(MESSAGE, { tool: d.tool, line: d.line, manifests: d.manifests }),
  check({ file, report }) {
    for (const stage of file.stages) {
      let whole: DfInstruction | null = null;
      const toolsBefore = new Set<string>();
      for (const ins of stage.instructions) {
        if (!whole && wholeContextCopy(file, ins)) {
          whole = ins;
          continue;
        }
        if (ins.keyword !== 'RUN') continue;
        const run = shellOf(file, ins);
        if (!run) continue;
        for (const cmd of run.commands) {
          if (cmd.depth > 0) continue;
          const dep = dependencyInstall(cmd);
          if (!dep) continue;
          // Installed from the manifests before the full COPY already: the later run is the build.
          if (!whole) {
            toolsBefore.add(dep.tool);
            continue;
          }
          if (toolsBefore.has(dep.tool)) continue;
          // `cargo build` compiles the sources too; with a cache mount (registry, target/) a source
          // change recompiles only what changed, which is what the manifest-first order would buy.
          if (dep.tool === 'cargo' && subcommand(cmd)?.value === 'build' && cacheMountTargets(ins).length > 0) continue;
          const s = subcommand(cmd);
          const end = s && s.span.start > cmd.argv[0].span.start && s.span.start - cmd.argv[0].span.end < 40 ? s.span.end : cmd.argv[0].span.end;
          report(
            { start: cmd.argv[0].span.start, end },
            {
              data: {
                tool: file.text.slice(cmd.argv[0].span.start, end),
                line: whole.startLine + 1,
                manifests: dep.manifests.join(', '),
                copy: whole.index,
                run: ins.index,
                cmdStart: cmd.span.start,
              },
            },
          );
        }
      }
    }
  },
  fix: {
    title: { en: 'Copy the manifests first and install before COPY .', ru: 'Сначала скопировать манифесты и установить зависимости до COPY .' },
    edits: ({ file, data, ws, project }) => reorder(file, data, ws, project.generation),
  },
});

function reorder(file: DockerfileModel, data: Data, ws: Workspace, generation: number): TextEdit[] | null {
  const copy = file.instructions[data.copy];
  const runIns = file.instructions[data.run];
  const whole = copy && wholeContextCopy(file, copy);
  const run = runIns && shellOf(file, runIns);
  if (!whole || !run || run.execForm || runIns.heredocs.length) return null;
  const top = topLevel(run);
  const cmd = top.find((c) => c.span.start === data.cmdStart);
  const dep = cmd && dependencyInstall(cmd);
  if (!cmd || !dep || !dep.movable || dep.elsewhere) return null;
  for (let k = copy.index + 1; k < runIns.index; k++) {
    const between = file.instructions[k];
    if (!MOVABLE_PAST.has(between.keyword) || wholeContextCopy(file, between)) return null;
  }
  const files = manifestsToCopy(file, copy, dep.manifests, dep.optional, ws, generation);
  if (!files) return null;
  const eol = file.doc.eol;
  const indent = lineIndent(file, copy);
  const dest = whole.dest.endsWith('/') ? whole.dest : whole.dest + '/';
  const copyFlags = copy.flags
    .filter((f) => !['exclude', 'parents'].includes(f.name.toLowerCase()))
    .map((f) => file.text.slice(f.span.start, f.span.end) + ' ')
    .join('');
  const copyLines = groupByFolder(files).map(([folder, names]) => `${indent}${copy.keywordRaw} ${copyFlags}${names.join(' ')} ${folder ? `${dest}${folder}/` : dest}${eol}`);

  const edits: TextEdit[] = [];
  let moved: string;
  if (top.length === 1) {
    // The whole RUN moves, with the comment lines right above it.
    let first = runIns.startLine;
    while (first - 1 > copy.endLine && file.doc.lineText(first - 1).trim().startsWith('#')) first--;
    const start = file.doc.lineStart(first);
    moved = file.text.slice(start, runIns.span.end) + eol;
    edits.push(edit.remove({ start, end: file.doc.lineEndWithBreak(runIns.endLine) }));
  } else if (top[0] === cmd && (cmd.next === '&&' || cmd.next === ';')) {
    // Split: the install leaves the chain, the rest stays where the sources are.
    const flags = runIns.flags.map((f) => file.text.slice(f.span.start, f.span.end) + ' ').join('');
    moved = `${indent}${runIns.keywordRaw} ${flags}${file.text.slice(cmd.span.start, cmd.span.end)}${eol}`;
    edits.push(edit.remove({ start: cmd.span.start, end: top[1].span.start }));
  } else return null;
  edits.push(edit.insert(file.doc.lineStart(copy.startLine), copyLines.join('') + moved));
  return edits;
}

/** Groups `a`, `b`, `requirements/dev.txt`, `gradle/` into COPY lines per destination folder. */
function groupByFolder(files: string[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const isDir = f.endsWith('/');
    const folder = isDir ? f.slice(0, -1) : path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f);
    const list = groups.get(folder) ?? [];
    list.push(isDir ? f : f);
    groups.set(folder, list);
  }
  // A folder copied whole goes to a destination of its own name.
  return [...groups.entries()].map(([folder, names]) => [folder, names]);
}

/** The manifests to copy: those the context holds (all required ones when it cannot be listed), minus those already copied. */
function manifestsToCopy(file: DockerfileModel, copy: DfInstruction, required: string[], optional: string[], ws: Workspace, generation: number): string[] | null {
  const ctx = buildContext(ws, generation, file.path);
  const already = new Set<string>();
  const stage = file.stages[copy.stageIndex];
  for (const i of stage?.instructions ?? []) {
    if (i.index >= copy.index || (i.keyword !== 'COPY' && i.keyword !== 'ADD') || i.flags.some((f) => f.name.toLowerCase() === 'from')) continue;
    const srcs = i.execForm ? i.execForm.slice(0, -1) : i.args.slice(0, -1).map((a) => a.value);
    for (const s of srcs) already.add(s.replace(/^\.\//, ''));
  }
  const out: string[] = [];
  const excluded = ctx ? ctx.excludes : matcher(undefined);
  const present = (name: string): string[] => {
    if (!ctx) return [name];
    if (name.endsWith('/')) return ctx.rootEntries.includes(name) || ws.exists(path.join(ctx.dir, name)) ? [name] : [];
    if (name.includes('*')) {
      const re = new RegExp('^' + name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*') + '$');
      return ctx.rootEntries.filter((e) => !e.endsWith('/') && re.test(e));
    }
    return ws.exists(path.join(ctx.dir, name)) ? [name] : [];
  };
  for (const name of required) {
    const found = present(name);
    // Without a listing a glob still copies what exists; a named file must be there or COPY fails.
    for (const f of found) if (!already.has(f) && !excluded(f.replace(/\/$/, ''))) out.push(f);
  }
  if (ctx) for (const name of optional) for (const f of present(name)) if (!already.has(f) && !out.includes(f) && !excluded(f.replace(/\/$/, ''))) out.push(f);
  if (ctx && !required.some((n) => present(n).length || already.has(n))) return null;
  return out;
}
