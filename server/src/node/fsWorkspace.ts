// The workspace view over the real disk, for the server and the CLI: small reads, cached until told.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Workspace } from '../engine/workspace';

/** Files bigger than this are never read: the engine only needs small companions (.dockerignore, .env). */
const MAX_READ = 8 * 1024 * 1024;

export class FsWorkspace implements Workspace {
  private readonly reads = new Map<string, string | undefined>();
  private readonly lists = new Map<string, string[] | undefined>();
  private readonly stats = new Map<string, boolean>();

  exists(p: string): boolean {
    const abs = path.resolve(p);
    let hit = this.stats.get(abs);
    if (hit === undefined) {
      try {
        statSync(abs);
        hit = true;
      } catch {
        hit = false;
      }
      this.stats.set(abs, hit);
    }
    return hit;
  }

  read(p: string): string | undefined {
    const abs = path.resolve(p);
    if (this.reads.has(abs)) return this.reads.get(abs);
    let text: string | undefined;
    try {
      const st = statSync(abs);
      if (st.isFile() && st.size <= MAX_READ) text = readFileSync(abs, 'utf8');
    } catch {
      text = undefined;
    }
    this.reads.set(abs, text);
    return text;
  }

  list(dir: string): string[] | undefined {
    const abs = path.resolve(dir);
    if (this.lists.has(abs)) return this.lists.get(abs);
    let entries: string[] | undefined;
    try {
      entries = readdirSync(abs, { withFileTypes: true })
        .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
        .sort();
    } catch {
      entries = undefined;
    }
    this.lists.set(abs, entries);
    return entries;
  }

  /** Forgets what was cached about a path and its folder (a watched file changed). */
  invalidate(p?: string): void {
    if (p === undefined) {
      this.reads.clear();
      this.lists.clear();
      this.stats.clear();
      return;
    }
    const abs = path.resolve(p);
    this.reads.delete(abs);
    this.stats.delete(abs);
    this.lists.delete(abs);
    this.lists.delete(path.dirname(abs));
    this.stats.delete(path.dirname(abs));
  }
}
