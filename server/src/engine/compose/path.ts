// The YAML path of the node under the cursor, from the parsed tree (never from indentation).
import type { CNode, ComposeModel } from './model';
import type { Span } from '../text';

export interface PathHit {
  /** Keys and indexes from the root to the node. */
  path: Array<string | number>;
  /** True when the cursor is on a mapping key rather than a value. */
  onKey: boolean;
  /** The key's or the value's span. */
  span: Span;
  node: CNode | null;
}

const inside = (s: Span, o: number) => o >= s.start && o <= s.end && s.end > s.start;

export function pathAt(model: ComposeModel, offset: number): PathHit | null {
  let node = model.root;
  const path: Array<string | number> = [];
  let hit: PathHit | null = null;
  while (node) {
    if (node.type === 'map') {
      const pair = node.pairs.find((p) => !p.merged && (inside(p.keySpan, offset) || (p.value && inside(p.value.span, offset))));
      if (!pair) break;
      path.push(pair.key);
      if (inside(pair.keySpan, offset)) return { path, onKey: true, span: pair.keySpan, node: pair.value };
      hit = { path: [...path], onKey: false, span: pair.value!.span, node: pair.value };
      node = pair.value;
    } else if (node.type === 'seq') {
      const i = node.items.findIndex((it) => inside(it.span, offset));
      if (i < 0) break;
      path.push(i);
      hit = { path: [...path], onKey: false, span: node.items[i].span, node: node.items[i] };
      node = node.items[i];
    } else break;
  }
  return hit;
}

/**
 * The documentation key form of a path: user-chosen names become `_`, sequence indexes vanish
 * (`services.web.ports.0.target` -> `services._.ports.target`).
 */
export function docKeyOf(path: ReadonlyArray<string | number>): string {
  const out: string[] = [];
  const named = new Set(['services', 'networks', 'volumes', 'secrets', 'configs', 'models']);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof seg === 'number') continue;
    const parent = out.length === 1 && i === 1 ? String(path[0]) : undefined;
    if (parent && named.has(parent)) out.push('_');
    else if (out.length >= 2 && out[0] === 'services' && (out[out.length - 1] === 'depends_on' || out[out.length - 1] === 'networks') && typeof path[i - 1] === 'string' && path[i - 1] === out[out.length - 1]) out.push('_');
    else out.push(seg);
  }
  return out.join('.');
}
