// Finds a program on PATH by looking at the PATH entries ourselves, so checking for docker never starts a shell.
import * as path from 'node:path';

export interface PathLookupEnv {
  readonly PATH?: string;
  readonly Path?: string;
  readonly PATHEXT?: string;
}

/**
 * The first PATH entry that holds an executable `name`, or undefined.
 * `isExecutableFile` is injected so the search is testable without a real file system.
 */
export function findOnPath(
  name: string,
  env: PathLookupEnv,
  platform: NodeJS.Platform,
  isExecutableFile: (candidate: string) => boolean,
): string | undefined {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  const rawPath = env.PATH ?? env.Path ?? '';
  const dirs = rawPath.split(platform === 'win32' ? ';' : ':').filter((d) => d.trim() !== '');
  // Windows finds `docker` as `docker.exe`; PATHEXT says which extensions count.
  const exts =
    platform === 'win32'
      ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter((e) => e !== '').map((e) => e.toLowerCase())
      : [''];
  for (const rawDir of dirs) {
    const dir = rawDir.replace(/^"(.*)"$/, '$1');
    // A relative PATH entry would resolve against the workspace, which may hold anything.
    if (!pathApi.isAbsolute(dir)) continue;
    for (const ext of exts) {
      const candidate = pathApi.join(dir, name + ext);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}
