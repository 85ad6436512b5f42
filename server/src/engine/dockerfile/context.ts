// The build context of a Dockerfile as the engine sees it through the Workspace: its folder, the
// `.dockerignore` in effect (matched the way Docker matches it) and which sensitive files it holds.
// File contents other than `.dockerignore` are never read. Results are cached per context folder
// and dropped when the engine's workspace generation moves on.
//
// API:
//   buildContext(ws, generation, dockerfilePath, contextDir?) -> BuildContext | null
//     contextDir defaults to the Dockerfile's folder; compose passes its `build.context`.
//     null when the workspace cannot list the folder (text with no folder around it).
//   isWholeContextSource(value)  `COPY . …`, `COPY ./ …`, `COPY * …` send the whole context.
import * as path from 'node:path';
import ignore from '@balena/dockerignore';
import type { Workspace } from '../workspace';

export interface SensitiveFile {
  /** Path relative to the context, `/`-separated; folders end with `/`. */
  rel: string;
  kind: SensitiveKind;
  /** The `.dockerignore` line that excludes it (and its kind of file elsewhere in the tree). */
  pattern: string;
}

export type SensitiveKind = 'env' | 'key' | 'git';

export interface BuildContext {
  /** Absolute path of the context folder. */
  dir: string;
  /** The ignore file in effect: `<Dockerfile>.dockerignore` beside the Dockerfile, else `<context>/.dockerignore`. */
  ignoreFile: string | null;
  /** Where a new `.dockerignore` belongs. */
  defaultIgnoreFile: string;
  /** The ignore file's text (undefined when there is none). */
  ignoreText: string | undefined;
  /** True when the ignore file excludes this context-relative path (`/`-separated). */
  excludes(rel: string): boolean;
  /** Names at the context root; folders end with `/`. */
  rootEntries: string[];
  /** Sensitive files found in the context (bounded walk), whether excluded or not. */
  sensitive: SensitiveFile[];
  /** Sensitive files a whole-context COPY would send: not excluded by the ignore file. */
  exposed: SensitiveFile[];
}

/** Names that look like secrets; data, in the order their pattern is proposed. */
const SENSITIVE: Array<{ kind: SensitiveKind; test: (name: string, isDir: boolean) => boolean; glob: (name: string) => string }> = [
  { kind: 'git', test: (n, d) => d && n === '.git', glob: () => '.git' },
  // `.env.example` and friends are templates meant to be shared.
  { kind: 'env', test: (n, d) => !d && (n === '.env' || (/^\.env\..+/.test(n) && !/\.(example|sample|template|dist|defaults?)$/i.test(n))), glob: (n) => n },
  { kind: 'key', test: (n, d) => !d && /\.(pem|key|p12|pfx)$/i.test(n), glob: (n) => `*${path.extname(n).toLowerCase()}` },
  { kind: 'key', test: (n, d) => !d && /^id_(rsa|dsa|ecdsa|ed25519)(?!.*\.pub$)/.test(n), glob: (n) => n },
];

/** Folders never walked into: dependencies and tool state, large and not the user's secrets. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', '.venv', 'venv', '__pycache__', 'target', '.gradle', '.m2', 'bower_components', '.tox', '.cache', '.next', 'dist', 'build']);
const MAX_DEPTH = 4;
const MAX_ENTRIES = 3000;

const WHOLE_CONTEXT = new Set(['.', './', '*', './*', '/', '.*']);

/** True when a COPY/ADD source sends the whole context. */
export function isWholeContextSource(value: string): boolean {
  return WHOLE_CONTEXT.has(value.replace(/^["']|["']$/g, '').replace(/\/+$/, '/'));
}

interface CacheSlot {
  generation: number;
  byKey: Map<string, BuildContext | null>;
}
const cache = new WeakMap<Workspace, CacheSlot>();

export function buildContext(ws: Workspace, generation: number, dockerfilePath: string, contextDir?: string): BuildContext | null {
  const dir = path.resolve(contextDir ?? path.dirname(dockerfilePath));
  const specific = path.resolve(dockerfilePath) + '.dockerignore';
  let slot = cache.get(ws);
  if (!slot || slot.generation !== generation) {
    slot = { generation, byKey: new Map() };
    cache.set(ws, slot);
  }
  const key = `${dir}\u0000${specific}`;
  if (slot.byKey.has(key)) return slot.byKey.get(key)!;
  let result: BuildContext | null = null;
  try {
    result = computeContext(ws, dir, specific);
  } catch {
    result = null;
  }
  slot.byKey.set(key, result);
  return result;
}

function computeContext(ws: Workspace, dir: string, specific: string): BuildContext | null {
  const rootEntries = ws.list(dir);
  if (!rootEntries) return null;
  const defaultIgnoreFile = path.join(dir, '.dockerignore');
  // BuildKit prefers `<Dockerfile>.dockerignore` beside the Dockerfile over the context's file.
  const ignoreFile = ws.exists(specific) ? specific : ws.exists(defaultIgnoreFile) ? defaultIgnoreFile : null;
  const ignoreText = ignoreFile ? ws.read(ignoreFile) ?? '' : undefined;
  const excludes = matcher(ignoreText);
  const sensitive: SensitiveFile[] = [];
  let budget = MAX_ENTRIES;
  const walk = (abs: string, rel: string, entries: string[], depth: number) => {
    for (const entry of entries) {
      if (--budget < 0) return;
      const isDir = entry.endsWith('/');
      const name = isDir ? entry.slice(0, -1) : entry;
      const childRel = rel + name;
      const hit = SENSITIVE.find((s) => s.test(name, isDir));
      if (hit) {
        const glob = hit.glob(name);
        sensitive.push({ rel: childRel + (isDir ? '/' : ''), kind: hit.kind, pattern: depth === 0 ? glob : `**/${glob}` });
      }
      if (!isDir || depth + 1 >= MAX_DEPTH || SKIP_DIRS.has(name) || name.startsWith('.')) continue;
      // An excluded folder is not sent (unless a `!` pattern re-includes part of it: then look inside).
      if (excludes(childRel) && !/^\s*!/m.test(ignoreText ?? '')) continue;
      const childAbs = path.join(abs, name);
      const list = ws.list(childAbs);
      if (list) walk(childAbs, childRel + '/', list, depth + 1);
    }
  };
  walk(dir, '', rootEntries, 0);
  const exposed = sensitive.filter((f) => !excludes(f.rel.replace(/\/$/, '')));
  return { dir, ignoreFile, defaultIgnoreFile, ignoreText, excludes, rootEntries, sensitive, exposed };
}

/** Docker's matching of a `.dockerignore` text (comments, `!` exceptions, `**`), via @balena/dockerignore. */
export function matcher(ignoreText: string | undefined): (rel: string) => boolean {
  if (ignoreText === undefined) return () => false;
  const lines = ignoreText
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  let ig: ReturnType<typeof ignore>;
  try {
    ig = ignore().add(lines);
  } catch {
    return () => false;
  }
  return (rel: string) => {
    const clean = path.posix.normalize(rel.replace(/\\/g, '/')).replace(/^\.\/|\/$/g, '');
    if (!clean || clean === '.' || clean.startsWith('..')) return false;
    try {
      return ig.ignores(clean);
    } catch {
      return false;
    }
  };
}
