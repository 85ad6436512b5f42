// Whether Git ignores a file: the .gitignore files from its folder up to the repository root, with
// Git's pattern rules (anchoring, `*`, `**`, `!`, directory-only patterns).
import * as path from 'node:path';
import type { Workspace } from '../../workspace';

interface Pattern {
  re: RegExp;
  negate: boolean;
  dirOnly: boolean;
}

function compile(line: string): Pattern | undefined {
  let l = line.replace(/\r$/, '');
  if (!l.trim() || l.startsWith('#')) return undefined;
  l = l.replace(/(?<!\\)\s+$/, '');
  let negate = false;
  if (l.startsWith('!')) {
    negate = true;
    l = l.slice(1);
  } else if (l.startsWith('\\!') || l.startsWith('\\#')) l = l.slice(1);
  const dirOnly = l.endsWith('/');
  if (dirOnly) l = l.slice(0, -1);
  if (!l) return undefined;
  const anchored = l.includes('/');
  if (l.startsWith('/')) l = l.slice(1);
  let re = '';
  for (let i = 0; i < l.length; i++) {
    const c = l[i];
    if (c === '*' && l[i + 1] === '*') {
      if (l[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < l.length) re += l[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '[') {
      const close = l.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + l.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return { re: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}$`), negate, dirOnly };
}

/** The .gitignore files that apply to a folder, outermost first, up to the repository root. */
export function gitignoreFiles(ws: Workspace, dir: string, projectDir?: string): string[] {
  const out: string[] = [];
  const start = path.resolve(dir);
  const within: string[] = [];
  const top = projectDir ? path.resolve(projectDir) : start;
  let d = start;
  for (let i = 0; i < 64; i++) {
    const gi = path.join(d, '.gitignore');
    if (ws.exists(gi)) {
      out.unshift(gi);
      if (d === top || d.startsWith(top + path.sep)) within.unshift(gi);
    }
    // Git reads .gitignore files up to the repository root, and none above it.
    if (ws.exists(path.join(d, '.git'))) return out;
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  // Not inside a repository (yet): only the project's own .gitignore files will apply once it is one.
  return within;
}

/** True when Git would ignore the file. */
export function isGitIgnored(ws: Workspace, file: string, projectDir?: string): boolean {
  const abs = path.resolve(file);
  let ignored = false;
  for (const gi of gitignoreFiles(ws, path.dirname(abs), projectDir)) {
    const base = path.dirname(gi);
    const rel = path.relative(base, abs).split(path.sep).join('/');
    const patterns = (ws.read(gi) ?? '').split('\n').map(compile).filter((p): p is Pattern => !!p);
    const segs = rel.split('/');
    // A file inside an ignored folder stays ignored; check each folder, then the file.
    for (let i = 1; i <= segs.length; i++) {
      const sub = segs.slice(0, i).join('/');
      const isDir = i < segs.length;
      for (const p of patterns) if ((isDir || !p.dirOnly) && p.re.test(sub)) ignored = !p.negate;
      if (isDir && ignored) return true;
    }
  }
  return ignored;
}
