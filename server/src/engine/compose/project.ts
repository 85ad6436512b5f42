// A compose file as compose loads it: with its override file, the files it includes, the files its
// services extend, and the `.env` beside it. A name defined in any of them is defined.
import * as path from 'node:path';
import type { ProjectAccess } from '../rule';
import type { Workspace } from '../workspace';
import { get, items, pairs, str, type CMap, type CPair, type ComposeModel } from './model';
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

/** The override files compose reads automatically for a main file name, and the base of an override file. */
function companions(file: string, ws: Workspace): { override: string[]; base: string[] } {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const m = OVERRIDE.exec(name);
  if (m) {
    const base = [`${m[1]}.yaml`, `${m[1]}.yml`].map((n) => path.join(dir, n)).filter((p) => ws.exists(p));
    return { override: [], base: base.slice(0, 1) };
  }
  const stem = name.replace(/\.ya?ml$/i, '');
  if (!/^(docker-)?compose$/i.test(stem)) return { override: [], base: [] };
  const override = [`${stem}.override.yaml`, `${stem}.override.yml`].map((n) => path.join(dir, n)).filter((p) => ws.exists(p));
  return { override: override.slice(0, 1), base: [] };
}

export function loadProject(main: ComposeModel, access: ProjectAccess, ws: Workspace): ComposeProject {
  const files: ProjectFile[] = [{ path: main.path, model: main, role: 'main' }];
  const seen = new Set([path.resolve(main.path)]);
  const add = (p: string, role: FileRole) => {
    const abs = path.resolve(p);
    if (seen.has(abs) || files.length > 64) return;
    seen.add(abs);
    const model = access.compose(abs);
    if (model) files.push({ path: abs, model, role });
  };
  const { override, base } = companions(main.path, ws);
  for (const b of base) add(b, 'base');
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
