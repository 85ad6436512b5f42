// The variables compose interpolates: where each `${…}` is written, what `.env` (and env_files)
// define, and the `.env` edits the variable rules' fixes make.
import type { FileChange } from '../../rule';
import type { Workspace } from '../../workspace';
import type { Span } from '../../text';
import { walkValues, get, str, type ComposeModel, type CScalar } from '../model';
import { evaluatedRefs, parseDotEnv, scanInterpolation, type VarRef } from '../interpolation';
import { effectiveService, type ComposeProject } from '../project';
import { baseDir, subSpan } from './services';
import * as path from 'node:path';

export interface RefSite {
  ref: VarRef;
  node: CScalar;
  /** The whole reference (`${X:-d}` or `$X`) in the text. */
  span: Span;
  /** The variable name in the text. */
  nameSpan: Span;
  /** The key path to the scalar. */
  path: ReadonlyArray<string | number>;
}

const siteCache = new WeakMap<ComposeModel, { project: ComposeProject; sites: RefSite[] }>();

/** Every reference compose would evaluate in the file's values, given the project's `.env` (once per model and project). */
export function refSites(model: ComposeModel, project: ComposeProject): RefSite[] {
  const hit = siteCache.get(model);
  if (hit && hit.project === project) return hit.sites;
  const sites = findRefSites(model, project);
  siteCache.set(model, { project, sites });
  return sites;
}

function findRefSites(model: ComposeModel, project: ComposeProject): RefSite[] {
  const out: RefSite[] = [];
  walkValues(model.root, (node, p) => {
    if (typeof node.value !== 'string' || !node.value.includes('$')) return;
    for (const ref of evaluatedRefs(node.value, (n) => project.envValues.get(n))) {
      out.push({
        ref,
        node,
        span: subSpan(model, node, ref.start, ref.end),
        nameSpan: subSpan(model, node, ref.nameStart, ref.nameStart + ref.name.length),
        path: [...p],
      });
    }
  });
  return out;
}

/** The syntax errors of every value, with spans. */
export function interpolationErrors(model: ComposeModel): Array<{ message: string; span: Span; node: CScalar }> {
  const out: Array<{ message: string; span: Span; node: CScalar }> = [];
  walkValues(model.root, (node) => {
    if (typeof node.value !== 'string' || !node.value.includes('$')) return;
    for (const e of scanInterpolation(node.value).errors) out.push({ message: e.message, span: subSpan(model, node, e.start, e.end), node });
  });
  return out;
}

/** Variables compose always has from the shell it runs in, or sets itself. */
export const ALWAYS_SET = new Set(['HOME', 'USER', 'PATH', 'PWD', 'SHELL', 'LANG', 'TERM', 'LOGNAME', 'COMPOSE_PROJECT_NAME']);

/** Names defined in the `env_file`s of the project's services (the catalog counts them as known). */
export function envFileNames(project: ComposeProject, ws: Workspace): Set<string> {
  const out = new Set<string>();
  for (const name of project.services.keys()) {
    for (const part of effectiveService(project, name)?.parts ?? []) {
      const ef = get(part.map, 'env_file');
      for (const it of ef?.type === 'seq' ? ef.items : ef ? [ef] : []) {
        const p = str(it) ?? str(get(it, 'path'));
        if (!p || p.includes('$')) continue;
        const text = ws.read(path.resolve(baseDir(project, part.file), p));
        if (text !== undefined) for (const k of parseDotEnv(text).keys()) out.add(k);
      }
    }
  }
  return out;
}

/** A line for `.env`, appended (or the file created) without touching what is there. */
export function envAddition(ws: Workspace, envPath: string, line: string): FileChange {
  const existing = ws.read(envPath);
  if (existing === undefined) return { kind: 'create', path: envPath, text: line + '\n' };
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  return { kind: 'append', path: envPath, text: (existing.length && !/\n$/.test(existing) ? eol : '') + line + eol };
}

