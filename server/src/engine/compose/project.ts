// A compose file as compose loads it: with its override file, the files it includes, the files its
// services extend, and the `.env` beside it. A name defined in any of them is defined.
import * as path from 'node:path';
import type { ProjectAccess } from '../rule';
import type { Workspace } from '../workspace';
import { get, getIn, items, pairOf, pairs, str, type CMap, type CNode, type CPair, type ComposeModel } from './model';
import { parseDotEnv } from './interpolation';

export type FileRole = 'main' | 'base' | 'override' | 'include' | 'extends';

export interface ProjectFile {
  path: string;
  model: ComposeModel;
  role: FileRole;
}

export interface Definition {
  name: string;
  file: ProjectFile;
  pair: CPair;
}

export interface EnvEntry {
  value: string;
  file: string;
  line: number;
}

export interface ComposeProject {
  main: ComposeModel;
  /** The project folder: where the main (or base) file is. */
  dir: string;
  files: ProjectFile[];
  services: Map<string, Definition[]>;
  networks: Map<string, Definition[]>;
  volumes: Map<string, Definition[]>;
  secrets: Map<string, Definition[]>;
  configs: Map<string, Definition[]>;
  /** Variables from the project's `.env`. */
  env: Map<string, EnvEntry>;
  envPath: string;
  /** Just the values, for interpolation. */
  envValues: Map<string, string>;
}

const OVERRIDE = /^(.*)\.override\.(ya?ml)$/i;
/** `docker-compose.prod.yml`, `compose.dev.yaml`: variants used as `-f base -f variant`. */
const VARIANT = /^((?:docker-)?compose)[.-](.+)\.ya?ml$/i;

/** The override files compose reads automatically for a main file name, and the base of an override file. */
function companions(file: string, ws: Workspace): { override: string[]; base: string[]; variant?: boolean } {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const m = OVERRIDE.exec(name);
  if (m) {
    const base = [`${m[1]}.yaml`, `${m[1]}.yml`].map((n) => path.join(dir, n)).filter((p) => ws.exists(p));
    return { override: [], base: base.slice(0, 1) };
  }
  const v = VARIANT.exec(name);
  if (v) {
    // A variant is layered over the main file of its folder; read alone it is usually partial.
    const base = [`${v[1]}.yaml`, `${v[1]}.yml`].map((n) => path.join(dir, n)).filter((p) => ws.exists(p));
    return { override: [], base: base.slice(0, 1), variant: true };
  }
  const stem = name.replace(/\.ya?ml$/i, '');
  if (!/^(docker-)?compose$/i.test(stem)) return { override: [], base: [] };
  const override = [`${stem}.override.yaml`, `${stem}.override.yml`].map((n) => path.join(dir, n)).filter((p) => ws.exists(p));
  return { override: override.slice(0, 1), base: [] };
}

const projectCache = new WeakMap<ComposeModel, { ws: Workspace; generation: number; project: ComposeProject }>();

/** The project of a compose file, built once per (model, workspace, generation): every rule shares it. */
export function loadProject(main: ComposeModel, access: ProjectAccess, ws: Workspace): ComposeProject {
  const hit = projectCache.get(main);
  if (hit && hit.ws === ws && hit.generation === access.generation) return hit.project;
  const project = buildProject(main, access, ws);
  projectCache.set(main, { ws, generation: access.generation, project });
  return project;
}

function buildProject(main: ComposeModel, access: ProjectAccess, ws: Workspace): ComposeProject {
  const files: ProjectFile[] = [{ path: main.path, model: main, role: 'main' }];
  const seen = new Set([path.resolve(main.path)]);
  const add = (p: string, role: FileRole) => {
    const abs = path.resolve(p);
    if (seen.has(abs) || files.length > 64) return;
    seen.add(abs);
    const model = access.compose(abs);
    if (model) files.push({ path: abs, model, role });
  };
  const { override, base, variant } = companions(main.path, ws);
  for (const b of base) {
    // A variant is read over its main file only when it is partial: it completes services the
    // main file defines (a standalone variant, like an exporters-only file, is a project of its own).
    if (variant) {
      const baseModel = access.compose(path.resolve(b));
      const baseServices = new Set(pairs(get(baseModel?.root, 'services')).map((p) => p.key));
      const partial = pairs(get(main.root, 'services')).some(
        (p) => baseServices.has(p.key) && !get(p.value, 'image') && !get(p.value, 'build') && !get(p.value, 'extends'),
      );
      if (!partial) continue;
    }
    add(b, 'base');
  }
  for (const o of override) add(o, 'override');
  // include: and extends.file, followed transitively (bounded by the seen set).
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const dir = path.dirname(f.path);
    for (const inc of items(get(f.model.root, 'include'))) {
      const direct = str(inc);
      const listed = direct !== undefined ? [direct] : (() => {
        const p = get(inc, 'path');
        return p?.type === 'seq' ? p.items.map(str).filter((x): x is string => !!x) : [str(p)].filter((x): x is string => !!x);
      })();
      for (const p of listed) if (!p.includes('$')) add(path.resolve(dir, p), 'include');
    }
    for (const svc of pairs(get(f.model.root, 'services'))) {
      const ext = get(svc.value, 'extends');
      const file = str(get(ext, 'file'));
      if (file && !file.includes('$')) add(path.resolve(dir, file), 'extends');
    }
  }
  const projectDir = path.dirname((files.find((f) => f.role === 'base') ?? files[0]).path);
  const collect = (section: string, roles: FileRole[]) => {
    const map = new Map<string, Definition[]>();
    for (const f of files) {
      if (!roles.includes(f.role)) continue;
      for (const p of pairs(get(f.model.root, section))) {
        const list = map.get(p.key) ?? [];
        list.push({ name: p.key, file: f, pair: p });
        map.set(p.key, list);
      }
    }
    return map;
  };
  // Services of an extends-only file are not part of the project, but can be extended.
  const projectRoles: FileRole[] = ['main', 'base', 'override', 'include'];
  const envPath = path.join(projectDir, '.env');
  const envText = ws.read(envPath);
  const env = new Map<string, EnvEntry>();
  if (envText !== undefined) for (const [k, v] of parseDotEnv(envText)) env.set(k, { value: v.value, file: envPath, line: v.line });
  return {
    main,
    dir: projectDir,
    files,
    services: collect('services', projectRoles),
    networks: collect('networks', projectRoles),
    volumes: collect('volumes', projectRoles),
    secrets: collect('secrets', projectRoles),
    configs: collect('configs', projectRoles),
    env,
    envPath,
    envValues: new Map([...env].map(([k, v]) => [k, v.value])),
  };
}

/** The merged view of a service across the project's files (later files override earlier keys). */
export function serviceKeys(project: ComposeProject, name: string): Map<string, CPair> {
  const out = new Map<string, CPair>();
  for (const d of project.services.get(name) ?? []) {
    for (const p of pairs(d.pair.value as CMap | null)) out.set(p.key, p);
  }
  return out;
}

/** One mapping that contributes keys to a service, and the file it is written in. */
export interface ServicePart {
  map: CMap;
  file: ProjectFile;
  /** The service this part was written for (differs from the effective name for `extends`). */
  service: string;
  /** True when it comes from an extended service rather than the service itself. */
  extended: boolean;
}

/**
 * A service as compose sees it after `extends` and the override files: its contributing
 * mappings, lowest priority first. Lookups take the last part that has a key, the way compose
 * merges scalars; `!reset` removes a key.
 */
export interface EffectiveService {
  name: string;
  parts: ServicePart[];
  /** False when an `extends` could not be followed (missing file, unknown service): facts are partial. */
  complete: boolean;
  /** The node at a path, from the highest-priority part that has it. */
  get(path: ReadonlyArray<string | number>): { node: CNode; part: ServicePart } | undefined;
  has(key: string): boolean;
}

const effectiveCache = new WeakMap<ComposeProject, Map<string, EffectiveService>>();

/** The services of one file (for `extends: {file}` targets, which are not in the project). */
function fileServices(file: ProjectFile): Map<string, CPair> {
  const out = new Map<string, CPair>();
  for (const p of pairs(get(file.model.root, 'services'))) out.set(p.key, p);
  return out;
}

/** Where an `extends` points: the service name and the file (undefined for the same project). */
export function extendsTarget(ext: CNode | undefined): { service: string; file?: string; node: CNode } | undefined {
  if (!ext) return undefined;
  if (ext.type === 'scalar') {
    const s = str(ext);
    return s ? { service: s, node: ext } : undefined;
  }
  const svc = get(ext, 'service');
  const s = str(svc);
  if (!s || !svc) return undefined;
  return { service: s, file: str(get(ext, 'file')), node: svc };
}

/** The effective view of a project service (undefined when no file defines it). */
export function effectiveService(project: ComposeProject, name: string): EffectiveService | undefined {
  let cache = effectiveCache.get(project);
  if (!cache) effectiveCache.set(project, (cache = new Map()));
  const hit = cache.get(name);
  if (hit) return hit;
  const defs = project.services.get(name);
  if (!defs) return undefined;
  const parts: ServicePart[] = [];
  let complete = true;
  const byPath = new Map(project.files.map((f) => [path.resolve(f.path), f]));
  const visiting = new Set<string>();
  // Collects the parts of `svcName` as defined by `own` (in the files given), extended parts first.
  const collect = (own: Array<{ map: CMap; file: ProjectFile }>, svcName: string, depth: number, extended: boolean) => {
    if (depth > 16) {
      complete = false;
      return;
    }
    for (const d of own) {
      const target = extendsTarget(get(d.map, 'extends'));
      if (target) {
        if (target.service.includes('$') || (target.file ?? '').includes('$')) complete = false;
        else {
          let targetDefs: Array<{ map: CMap; file: ProjectFile }> = [];
          if (target.file) {
            const f = byPath.get(path.resolve(path.dirname(d.file.path), target.file));
            const p = f ? fileServices(f).get(target.service) : undefined;
            if (p?.value?.type === 'map') targetDefs = [{ map: p.value, file: f! }];
          } else {
            // Without `file`, the service is looked up in the same file first, then the project.
            const same = fileServices(d.file).get(target.service);
            if (same?.value?.type === 'map') targetDefs = [{ map: same.value, file: d.file }];
            else targetDefs = (project.services.get(target.service) ?? []).filter((x) => x.pair.value?.type === 'map').map((x) => ({ map: x.pair.value as CMap, file: x.file }));
          }
          const key = `${targetDefs[0]?.file.path}\u0000${target.service}`;
          if (!targetDefs.length || visiting.has(key)) complete = false;
          else {
            visiting.add(key);
            collect(targetDefs, target.service, depth + 1, true);
            visiting.delete(key);
          }
        }
      }
      parts.push({ map: d.map, file: d.file, service: svcName, extended });
    }
  };
  visiting.add(`${defs[0].file.path}\u0000${name}`);
  collect(
    defs.filter((d) => d.pair.value?.type === 'map').map((d) => ({ map: d.pair.value as CMap, file: d.file })),
    name,
    0,
    false,
  );
  const eff: EffectiveService = {
    name,
    parts,
    complete,
    get(p) {
      for (let i = parts.length - 1; i >= 0; i--) {
        const first = pairOf(parts[i].map, String(p[0]));
        if (!first) continue;
        if (first.value?.tag === '!reset') return undefined;
        const node = p.length === 1 ? first.value : getIn(first.value, p.slice(1));
        if (node) return { node, part: parts[i] };
        if (first.value?.tag === '!override') return undefined;
      }
      return undefined;
    },
    has(key) {
      for (let i = parts.length - 1; i >= 0; i--) {
        const pr = pairOf(parts[i].map, key);
        if (pr) return pr.value?.tag !== '!reset';
      }
      return false;
    },
  };
  cache.set(name, eff);
  return eff;
}

/** The project's files that hold service definitions compose runs (not extends-only files). */
export function isProjectRole(role: FileRole): boolean {
  return role !== 'extends';
}
