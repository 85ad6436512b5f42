// The engine's only window on the disk: an injected, read-only view, so the engine itself does no IO.
import * as path from 'node:path';

export interface Workspace {
  /** True when a file or folder exists. */
  exists(p: string): boolean;
  /** The text of a (small) file, or undefined when missing or unreadable. */
  read(p: string): string | undefined;
  /** Entry names of a folder (folders end with `/`), or undefined when it is not one. */
  list(dir: string): string[] | undefined;
}

/** A workspace with nothing in it, for text with no folder around it. */
export const emptyWorkspace: Workspace = {
  exists: () => false,
  read: () => undefined,
  list: () => undefined,
};

/** An in-memory workspace built from `{ path: text }`; used by tests and by the LSP overlay. */
export class MemoryWorkspace implements Workspace {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Map<string, Set<string>>();

  constructor(files: Record<string, string> = {}) {
    for (const [p, t] of Object.entries(files)) this.set(p, t);
  }

  set(p: string, text: string): void {
    const abs = path.resolve(p);
    this.files.set(abs, text);
    let child = abs;
    let dir = path.dirname(abs);
    let isDir = false;
    for (;;) {
      const entries = this.dirs.get(dir) ?? new Set<string>();
      entries.add(path.basename(child) + (isDir ? '/' : ''));
      this.dirs.set(dir, entries);
      if (dir === path.dirname(dir)) break;
      child = dir;
      dir = path.dirname(dir);
      isDir = true;
    }
  }

  exists(p: string): boolean {
    const abs = path.resolve(p);
    return this.files.has(abs) || this.dirs.has(abs);
  }

  read(p: string): string | undefined {
    return this.files.get(path.resolve(p));
  }

  list(dir: string): string[] | undefined {
    const entries = this.dirs.get(path.resolve(dir));
    return entries ? [...entries].sort() : undefined;
  }
}

/** Lays open documents over another workspace, so unsaved edits are what the rules see. */
export class OverlayWorkspace implements Workspace {
  constructor(
    private readonly base: Workspace,
    private readonly overlay: (p: string) => string | undefined,
  ) {}

  exists(p: string): boolean {
    return this.overlay(p) !== undefined || this.base.exists(p);
  }

  read(p: string): string | undefined {
    return this.overlay(p) ?? this.base.read(p);
  }

  list(dir: string): string[] | undefined {
    return this.base.list(dir);
  }
}
