// Pure mapping from a `dockwise-build` task definition (as written in tasks.json or made by the picker) to a
// build request with absolute paths. Kept free of `vscode` so it is unit-tested.
import * as path from 'node:path';
import { BuildRequestError, type BuildRequest } from './dockerArgs';

export const buildTaskType = 'dockwise-build';

export interface BuildTaskDefinition {
  readonly type: typeof buildTaskType;
  /** The Dockerfile, absolute or relative to the workspace folder. */
  readonly dockerfile: string;
  /** Stage to build; omitted for the final stage. */
  readonly target?: string;
  readonly tag?: string;
  /** Build context, absolute or relative to the workspace folder; the Dockerfile's folder by default. */
  readonly context?: string;
  /** Build arguments to pass, by name. */
  readonly buildArgs?: Readonly<Record<string, string>>;
}

/** `${workspaceFolder}` is the one variable a definition may use; VS Code does not substitute it for custom task types. */
function expand(value: string, folder: string): string {
  return value.split('${workspaceFolder}').join(folder);
}

/** Validates the untyped definition from tasks.json and resolves its paths against `folder`. */
export function requestFromDefinition(def: Readonly<Record<string, unknown>>, folder: string, pathApi: path.PlatformPath = path): BuildRequest {
  const stringOrUndefined = (key: string): string | undefined => {
    const v = def[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new BuildRequestError(`"${key}" must be a string.`);
    return v;
  };
  const dockerfileSpec = stringOrUndefined('dockerfile');
  if (dockerfileSpec === undefined || dockerfileSpec === '') throw new BuildRequestError('"dockerfile" is required.');
  const dockerfile = pathApi.resolve(folder, expand(dockerfileSpec, folder));
  const contextSpec = stringOrUndefined('context');
  const context = contextSpec === undefined || contextSpec === '' ? pathApi.dirname(dockerfile) : pathApi.resolve(folder, expand(contextSpec, folder));
  const rawArgs = def.buildArgs ?? {};
  if (rawArgs === null || typeof rawArgs !== 'object' || Array.isArray(rawArgs)) throw new BuildRequestError('"buildArgs" must be an object.');
  const buildArgs: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(rawArgs as Record<string, unknown>)) {
    if (typeof value !== 'string') throw new BuildRequestError(`Build argument "${name}" must be a string.`);
    buildArgs.push([name, value]);
  }
  return { dockerfile, context, target: stringOrUndefined('target') ?? null, tag: stringOrUndefined('tag') ?? null, buildArgs };
}

/** The definition the picker stores in a task: paths relative to the workspace folder when inside it. */
export function definitionFromRequest(req: BuildRequest, folder: string | undefined, pathApi: path.PlatformPath = path): BuildTaskDefinition {
  const rel = (p: string): string => {
    if (folder === undefined) return p;
    const r = pathApi.relative(folder, p);
    return r === '' ? '.' : r.startsWith('..') || pathApi.isAbsolute(r) ? p : r;
  };
  return {
    type: buildTaskType,
    dockerfile: rel(req.dockerfile),
    context: rel(req.context),
    ...(req.target !== null ? { target: req.target } : {}),
    ...(req.tag !== null ? { tag: req.tag } : {}),
    ...(req.buildArgs.length > 0 ? { buildArgs: Object.fromEntries(req.buildArgs) } : {}),
  };
}
