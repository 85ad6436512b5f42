// Suppression comments, read the same way for Dockerfiles and compose files:
// `# dockwise-ignore A, B` above an instruction or key, `# dockwise-ignore-file A`,
// BuildKit's `# check=skip=A,B` and hadolint's `# hadolint ignore=DL3008` / `global ignore=` / `stage ignore=`.
import type { TextDoc } from './text';

export interface SuppressionQuery {
  /** Tokens that name the finding's rule: its id and its hadolint codes. */
  names: readonly string[];
  /** Line where the instruction or key holding the finding starts. */
  anchorLine: number;
  /** Line of the FROM of the finding's stage, for hadolint's `stage ignore=`. */
  stageLine?: number;
}

interface Directive {
  scope: 'here' | 'file' | 'stage';
  names: Set<string>;
}

const ALL = '*';

/** Parses one comment's text (after `#`) into what it suppresses, if anything. */
export function parseSuppressionComment(comment: string): Directive | null {
  const c = comment.trim();
  let m = /^dockwise-ignore(-file)?(?:\s+(.*))?$/i.exec(c);
  if (m) {
    const names = splitNames(m[2] ?? '');
    return { scope: m[1] ? 'file' : 'here', names: names.size ? names : new Set([ALL]) };
  }
  m = /^check\s*=\s*(.*)$/i.exec(c);
  if (m) {
    const skip = /(?:^|;)\s*skip\s*=\s*([^;]*)/i.exec(m[1]);
    if (!skip) return null;
    const names = splitNames(skip[1]);
    if ([...names].some((n) => n.toLowerCase() === 'all')) return { scope: 'file', names: new Set([ALL]) };
    return { scope: 'file', names };
  }
  m = /^hadolint\s+(global\s+|stage\s+)?ignore\s*=\s*(.*)$/i.exec(c);
  if (m) {
    const kind = (m[1] ?? '').trim().toLowerCase();
    return { scope: kind === 'global' ? 'file' : kind === 'stage' ? 'stage' : 'here', names: splitNames(m[2]) };
  }
  return null;
}

function splitNames(list: string): Set<string> {
  return new Set(
    list
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The comment text of a line that holds only a comment, else null. */
export function commentOfLine(doc: TextDoc, line: number): string | null {
  const t = doc.lineText(line).trim();
  return t.startsWith('#') ? t.slice(1) : null;
}

export class Suppressions {
  private readonly fileNames = new Set<string>();
  private readonly cache = new Map<number, Set<string>>();

  /** `fileLevelComments` are the comments that may hold file-wide suppressions. */
  constructor(
    private readonly doc: TextDoc,
    fileLevelComments: Iterable<string>,
    /** A `# check=skip` line above an instruction also counts only for it (our extension of BuildKit). */
    private readonly checkDirectiveIsFileWide: (line: number) => boolean = () => true,
  ) {
    for (const c of fileLevelComments) {
      const d = parseSuppressionComment(c);
      if (d && d.scope === 'file') for (const n of d.names) this.fileNames.add(n.toLowerCase());
    }
  }

  private namesAbove(line: number, scopes: ReadonlyArray<Directive['scope']>): Set<string> {
    const key = line * 4 + (scopes.includes('stage') ? 1 : 0);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const out = new Set<string>();
    for (let l = line - 1; l >= 0; l--) {
      const c = commentOfLine(this.doc, l);
      if (c === null) break;
      const d = parseSuppressionComment(c);
      if (!d) continue;
      const scope = d.scope === 'file' && !this.checkDirectiveIsFileWide(l) ? 'here' : d.scope;
      if (scopes.includes(scope)) for (const n of d.names) out.add(n.toLowerCase());
    }
    this.cache.set(key, out);
    return out;
  }

  isSuppressed(q: SuppressionQuery): boolean {
    const names = q.names.map((n) => n.toLowerCase());
    const match = (set: Set<string>) => set.has(ALL) || names.some((n) => set.has(n));
    if (match(this.fileNames)) return true;
    if (match(this.namesAbove(q.anchorLine, ['here']))) return true;
    if (q.stageLine !== undefined && match(this.namesAbove(q.stageLine, ['stage']))) return true;
    return false;
  }
}
