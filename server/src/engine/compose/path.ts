// The YAML path of the node under the cursor, from the parsed tree (never from indentation).
import type { CNode, ComposeModel } from './model';
import type { Span } from '../text';
import { allDocKeys } from '../docs';

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

let prefixes: Set<string> | undefined;
/** Every compose doc key and each of its prefixes, to tell a spec key from a user-chosen name. */
function knownPrefixes(): Set<string> {
  if (!prefixes) {
    prefixes = new Set();
    for (const k of allDocKeys()) {
      if (!k.startsWith('compose/')) continue;
      const segs = k.slice('compose/'.length).split('=')[0].split('.');
      for (let i = 1; i <= segs.length; i++) prefixes.add(segs.slice(0, i).join('.'));
    }
  }
  return prefixes;
}

/**
 * The documentation key of a YAML path: a segment the Compose Specification knows stays, any other
 * is a user-chosen name and becomes `_`; sequence indexes vanish
 * (`services.web.ports.0.target` -> `services._.ports.target`).
 */
export function docKeyOf(p: ReadonlyArray<string | number>): string {
  const known = knownPrefixes();
  let key = '';
  for (const seg of p) {
    if (typeof seg === 'number') continue;
    const literal = key ? `${key}.${seg}` : seg;
    const named = key ? `${key}._` : '_';
    key = known.has(literal) ? literal : known.has(named) ? named : literal;
  }
  return key;
}
