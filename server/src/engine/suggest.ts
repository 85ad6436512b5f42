// Did-you-mean: ranks known names by edit distance to a mistyped one, and turns them into quick fixes.
import type { FixProposal } from './rule';
import type { Span } from './text';

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost one (a swapped pair is the most common typo: `FORM`).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

export interface SuggestOptions {
  /** How many candidates at most (default 3). */
  max?: number;
  /** Largest distance still worth suggesting; by default it grows with the word's length. */
  maxDistance?: number;
  /** Compare ignoring case (default true): `--FROM` is one step from nothing but `--from`. */
  ignoreCase?: boolean;
}

/** The default tolerance: one typo in a short word, up to three in a long one. */
export function defaultMaxDistance(word: string): number {
  return Math.max(1, Math.min(3, Math.floor(word.length / 3)));
}

/** Known names close to `word`, best first; never `word` itself. */
export function suggest(word: string, candidates: Iterable<string>, options: SuggestOptions = {}): string[] {
  const ignoreCase = options.ignoreCase ?? true;
  const max = options.max ?? 3;
  const limit = options.maxDistance ?? defaultMaxDistance(word);
  const w = ignoreCase ? word.toLowerCase() : word;
  const seen = new Set<string>();
  const scored: Array<{ c: string; d: number; order: number }> = [];
  let order = 0;
  for (const c of candidates) {
    if (seen.has(c) || c === word) continue;
    seen.add(c);
    const d = editDistance(w, ignoreCase ? c.toLowerCase() : c);
    if (d <= limit) scored.push({ c, d, order: order++ });
  }
  scored.sort((x, y) => x.d - y.d || Math.abs(x.c.length - word.length) - Math.abs(y.c.length - word.length) || x.order - y.order);
  return scored.slice(0, max).map((s) => s.c);
}

/** The `{hint}` / `{hintRu}` sentence of a did-you-mean message; empty when there is no candidate. */
export function didYouMeanHint(candidates: readonly string[]): { hint: string; hintRu: string } {
  const list = candidates.join(', ');
  return { hint: list ? ` Did you mean ${list}?` : '', hintRu: list ? ` Возможно, имелось в виду: ${list}.` : '' };
}

/** One quick fix per candidate, best first (at most 3), each replacing `span` with it. */
export function didYouMeanFixes(candidates: readonly string[], span: Span, render: (c: string) => string = (c) => c): FixProposal[] {
  return candidates.slice(0, 3).map((c, i) => {
    const text = render(c);
    return {
      title: { en: `Change to "${text}"`, ru: `Заменить на «${text}»` },
      edits: [{ start: span.start, end: span.end, newText: text }],
      preferred: i === 0 && candidates.length === 1,
    };
  });
}
