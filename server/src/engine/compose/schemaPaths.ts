// Instance-path patterns (`services.*.ports.[].target`: `*` any name, `[]` any item) matched against
// the resolved tree in one walk, so value tables stay data and rules stay linear.
import type { CNode } from './model';

export type Seg = string | number;

interface Trie<V> {
  value?: V;
  children: Map<string, Trie<V>>;
}

/** Patterns to values; the most literal pattern wins where several match. */
export class PathTable<V> {
  private readonly root: Trie<V> = { children: new Map() };

  constructor(entries: Iterable<[string, V]>) {
    for (const [pattern, value] of entries) {
      let t = this.root;
      for (const seg of pattern ? pattern.split('.') : []) {
        let next = t.children.get(seg);
        if (!next) t.children.set(seg, (next = { children: new Map() }));
        t = next;
      }
      t.value = value;
    }
  }

  /** The value for a concrete path, literal segments preferred over `*`. */
  lookup(path: readonly Seg[]): V | undefined {
    const go = (t: Trie<V>, i: number): V | undefined => {
      if (i === path.length) return t.value;
      const seg = path[i];
      if (typeof seg === 'number') {
        const n = t.children.get('[]');
        return n ? go(n, i + 1) : undefined;
      }
      const lit = t.children.get(seg);
      const hit = lit ? go(lit, i + 1) : undefined;
      if (hit !== undefined) return hit;
      const any = t.children.get('*');
      return any ? go(any, i + 1) : undefined;
    };
    return go(this.root, 0);
  }

  /**
   * Visits every node of the tree that a pattern names (with its value and concrete path).
   * `!reset` values are skipped: compose drops them before it validates anything.
   */
  walk(root: CNode | null, visit: (node: CNode, value: V, path: Seg[]) => void): void {
    const go = (node: CNode, tries: Array<Trie<V>>, path: Seg[], depth: number) => {
      if (depth > 64 || node.tag === '!reset') return;
      // Literal tries come first, so the most specific pattern's value is the one visited.
      const own = tries.find((t) => t.value !== undefined);
      if (own) visit(node, own.value as V, path);
      if (node.type === 'map') {
        for (const p of node.pairs) {
          if (!p.value) continue;
          const next: Array<Trie<V>> = [];
          for (const t of tries) {
            const lit = t.children.get(p.key);
            if (lit) next.push(lit);
            const any = t.children.get('*');
            if (any) next.push(any);
          }
          if (next.length) go(p.value, next, [...path, p.key], depth + 1);
        }
      } else if (node.type === 'seq') {
        const next = tries.map((t) => t.children.get('[]')).filter((t): t is Trie<V> => !!t);
        if (next.length) node.items.forEach((it, i) => go(it, next, [...path, i], depth + 1));
      }
    };
    if (root) go(root, [this.root], [], 0);
  }
}

/** `services.web.ports[0].target`: a path as people read it. */
export function showPath(path: readonly Seg[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out || '(top level)';
}
