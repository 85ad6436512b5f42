// Pure builder of the argument vector for `docker build`, kept free of `vscode` so it is unit-tested and
// so the one place that decides what reaches docker can be read in isolation.

/** What the user asked to build. Paths are absolute by the time they get here. */
export interface BuildRequest {
  readonly dockerfile: string;
  readonly context: string;
  /** Stage name; null builds the final stage (an unnamed final stage cannot be named with --target). */
  readonly target: string | null;
  readonly tag: string | null;
  /** Only the build arguments whose value differs from the Dockerfile's default, in declaration order. */
  readonly buildArgs: ReadonlyArray<readonly [name: string, value: string]>;
}

export class BuildRequestError extends Error {}

/** Build-arg names are split from their value at the first "=", so a name may not hold one. */
function checkArgName(name: string): void {
  if (name.length === 0 || name.includes('=') || /\s/.test(name)) {
    throw new BuildRequestError(`Invalid build argument name: ${JSON.stringify(name)}`);
  }
}

/**
 * A positional path that starts with "-" would be read by docker as an option; "./" keeps it a path.
 * Values of options (after --target, -t, -f) are taken verbatim by docker's flag parser.
 */
function asPositionalPath(p: string): string {
  return p.startsWith('-') ? `./${p}` : p;
}

/**
 * `docker build [--target T] [-t TAG] -f DOCKERFILE [--build-arg K=V]… CONTEXT`.
 * Every value is one array element: no quoting, no shell, so metacharacters stay literal.
 */
export function buildArgv(req: BuildRequest): string[] {
  if (req.context.length === 0) throw new BuildRequestError('The build context is empty.');
  if (req.dockerfile.length === 0) throw new BuildRequestError('The Dockerfile path is empty.');
  const argv = ['build'];
  if (req.target !== null && req.target !== '') argv.push('--target', req.target);
  if (req.tag !== null && req.tag !== '') argv.push('-t', req.tag);
  argv.push('-f', req.dockerfile);
  for (const [name, value] of req.buildArgs) {
    checkArgName(name);
    argv.push('--build-arg', `${name}=${value}`);
  }
  argv.push(asPositionalPath(req.context));
  return argv;
}

/** The build arguments to pass: those whose entered value differs from the declared default. */
export function changedBuildArgs(
  declared: ReadonlyArray<{ readonly name: string; readonly defaultValue: string | null }>,
  entered: ReadonlyMap<string, string>,
): Array<[string, string]> {
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const arg of declared) {
    if (seen.has(arg.name)) continue;
    seen.add(arg.name);
    const value = entered.get(arg.name);
    if (value === undefined || value === (arg.defaultValue ?? '')) continue;
    out.push([arg.name, value]);
  }
  return out;
}

/** A docker image reference is at least non-empty and free of whitespace; docker checks the rest. */
export function tagProblem(tag: string): 'empty' | 'whitespace' | 'leadingDash' | null {
  if (tag.length === 0) return 'empty';
  if (/\s/.test(tag)) return 'whitespace';
  if (tag.startsWith('-')) return 'leadingDash';
  return null;
}
