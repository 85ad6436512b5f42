// The compose model: one `yaml` parse per document version, with node ranges and comments kept,
// and a resolved tree (aliases followed, merge keys applied) that rules walk without knowing YAML.
import { parseDocument, visit, LineCounter, isAlias, isMap, isSeq, isScalar, isPair, type Alias, type Document, type Node as YNode, type Pair } from 'yaml';
import { TextDoc, type Span } from '../text';

export interface YamlProblem {
  message: string;
  span: Span;
  code: string;
  severity: 'error' | 'warning';
}

interface CBase {
  /** Where the value is written (for an alias: where the anchored value is written). */
  span: Span;
  /** `!reset`, `!override` or another explicit tag. */
  tag?: string;
}

export interface CScalar extends CBase {
  type: 'scalar';
  value: string | number | boolean | null | bigint;
  /** The scalar exactly as written (quotes excluded). */
  source: string;
  quoted: boolean;
}

export interface CPair {
  key: string;
  keySpan: Span;
  value: CNode | null;
  /** Came from a `<<` merge key rather than being written in this mapping. */
  merged: boolean;
}

export interface CMap extends CBase {
  type: 'map';
  pairs: CPair[];
}

export interface CSeq extends CBase {
  type: 'seq';
  items: CNode[];
}

export type CNode = CScalar | CMap | CSeq;

export interface ComposeModel {
  kind: 'compose';
  path: string;
  doc: TextDoc;
  text: string;
  yaml: Document.Parsed;
  lineCounter: LineCounter;
  /** Every YAML error and warning, each with its own range. */
  problems: YamlProblem[];
  /** The resolved root; null when the file is empty or not a mapping-ish document. */
  root: CNode | null;
}

/** Stops alias bombs: the resolved tree shares nodes, but no more than this many are built. */
const MAX_NODES = 200_000;

export function parseCompose(text: string, path = 'compose.yaml'): ComposeModel {
  const doc = new TextDoc(text);
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, {
    lineCounter,
    uniqueKeys: false,
    merge: true,
    prettyErrors: false,
    strict: false,
  });
  const problems: YamlProblem[] = [];
  for (const [list, severity] of [
    [yaml.errors, 'error'],
    [yaml.warnings, 'warning'],
  ] as const) {
    for (const e of list) {
      // Compose's own tags are understood here, not by the YAML library.
      if (e.code === 'TAG_RESOLVE_FAILED' && /!(reset|override)\b/.test(e.message)) continue;
      const [s, en] = e.pos;
      const start = Math.min(s, text.length);
      problems.push({
        message: e.message.split('\n')[0],
        span: { start, end: Math.min(Math.max(en, s + 1), text.length) },
        code: e.code,
        severity,
      });
    }
  }
  const root = resolveTree(yaml, text.length, problems);
  return { kind: 'compose', path, doc, text, yaml, lineCounter, problems, root };
}

/**
 * Where every alias points: the last node anchored with its name before it, in document order (what
 * `Alias.resolve` finds, but in one walk: resolving each alias alone walks the whole document).
 * Only needed when the resolving walk below was cut short and so did not see every anchor.
 */
function aliasTargets(yaml: Document.Parsed): Map<Alias, YNode> {
  const anchors = new Map<string, YNode>();
  const targets = new Map<Alias, YNode>();
  visit(yaml, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

/** Registers the anchors of a node the resolving walk does not descend into (a mapping key). */
function noteAnchors(node: unknown, anchors: Map<string, YNode>): void {
  if (!node || isAlias(node)) return;
  const anchor = (node as { anchor?: string }).anchor;
  if (anchor) anchors.set(anchor, node as YNode);
  if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        noteAnchors(item.key, anchors);
        noteAnchors(item.value, anchors);
      } else noteAnchors(item, anchors);
    }
  }
}

function resolveTree(yaml: Document.Parsed, length: number, problems: YamlProblem[]): CNode | null {
  const memo = new Map<YNode, CNode>();
  // The walk below is a pre-order walk in document order, so the anchors seen so far are exactly
  // the ones an alias may name; when it is cut short (depth, budget) the full lookup takes over.
  const anchors = new Map<string, YNode>();
  let cut = false;
  let targets: Map<Alias, YNode> | undefined;
  let budget = MAX_NODES;
  const spanOf = (n: { range?: [number, number, number] | null } | null | undefined): Span => {
    const r = n?.range;
    return r ? { start: Math.min(r[0], length), end: Math.min(r[1], length) } : { start: 0, end: 0 };
  };

  const convert = (node: unknown, depth: number): CNode | null => {
    if (node == null) return null;
    if (isAlias(node)) {
      const target = cut ? (targets ??= aliasTargets(yaml)).get(node) : anchors.get(node.source);
      return target ? convert(target, depth) : null;
    }
    const hit = memo.get(node as YNode);
    if (hit) return hit;
    if (--budget < 0 || depth > 200) {
      cut = true;
      return null;
    }
    const tag = (node as { tag?: string }).tag;
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node as YNode);
    if (isScalar(node)) {
      const src = (node as { source?: string }).source;
      const type = (node as { type?: string }).type;
      const c: CScalar = {
        type: 'scalar',
        value: node.value as CScalar['value'],
        source: typeof src === 'string' ? src : String(node.value ?? ''),
        quoted: type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE',
        span: spanOf(node),
        ...(tag ? { tag } : {}),
      };
      memo.set(node as YNode, c);
      return c;
    }
    if (isSeq(node)) {
      const c: CSeq = { type: 'seq', items: [], span: spanOf(node), ...(tag ? { tag } : {}) };
      memo.set(node as YNode, c);
      for (const item of node.items) {
        const v = convert(item, depth + 1);
        if (v) c.items.push(v);
      }
      return c;
    }
    if (isMap(node)) {
      const c: CMap = { type: 'map', pairs: [], span: spanOf(node), ...(tag ? { tag } : {}) };
      memo.set(node as YNode, c);
      const merges: CNode[] = [];
      for (const item of node.items as Pair[]) {
        if (!isPair(item)) continue;
        if (item.key && !isScalar(item.key)) noteAnchors(item.key, anchors);
        else if ((item.key as { anchor?: string } | null)?.anchor) anchors.set((item.key as { anchor: string }).anchor, item.key as YNode);
        const keyNode = item.key as { value?: unknown; range?: [number, number, number]; source?: string } | null;
        const keySource = (keyNode as { source?: unknown } | null)?.source;
        const isMergeKey = isScalar(keyNode) && (typeof keyNode.value === 'symbol' || keySource === '<<');
        const keyText = isMergeKey ? '<<' : keyNode && isScalar(keyNode) ? String(keyNode.value ?? '') : typeof keySource === 'string' ? keySource : '';
        if (isMergeKey) {
          const v = convert(item.value, depth + 1);
          if (v?.type === 'map') merges.push(v);
          else if (v?.type === 'seq') merges.push(...v.items.filter((x) => x.type === 'map'));
          continue;
        }
        c.pairs.push({ key: keyText, keySpan: spanOf(keyNode), value: convert(item.value, depth + 1), merged: false });
      }
      // Compose merges like YAML 1.1: keys written in the mapping win, then earlier merge sources.
      if (merges.length) {
        const written = new Set(c.pairs.map((q) => q.key));
        for (const m of merges) {
          for (const p of (m as CMap).pairs) {
            if (written.has(p.key)) continue;
            written.add(p.key);
            c.pairs.push({ ...p, merged: true });
          }
        }
      }
      return c;
    }
    return null;
  };

  const root = convert(yaml.contents, 0);
  if (budget < 0) {
    problems.push({
      message: `the document expands to more than ${MAX_NODES} nodes (aliases); only part of it is checked`,
      span: { start: 0, end: 0 },
      code: 'ALIAS_BOMB',
      severity: 'error',
    });
  }
  return root;
}

/** The value of `key` in a mapping node, or undefined. */
export function get(node: CNode | null | undefined, key: string): CNode | undefined {
  if (!node || node.type !== 'map') return undefined;
  return node.pairs.find((p) => p.key === key)?.value ?? undefined;
}

/** The pair of `key` in a mapping node, or undefined. */
export function pairOf(node: CNode | null | undefined, key: string): CPair | undefined {
  if (!node || node.type !== 'map') return undefined;
  return node.pairs.find((p) => p.key === key);
}

/** Follows a path of keys (strings) and indexes (numbers). */
export function getIn(node: CNode | null | undefined, path: ReadonlyArray<string | number>): CNode | undefined {
  let cur: CNode | null | undefined = node;
  for (const seg of path) {
    if (!cur) return undefined;
    if (typeof seg === 'number') cur = cur.type === 'seq' ? cur.items[seg] : undefined;
    else cur = get(cur, seg);
  }
  return cur ?? undefined;
}

/** A scalar's value as a string (numbers and booleans too), else undefined. */
export function str(node: CNode | null | undefined): string | undefined {
  if (!node || node.type !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/** The pairs of a mapping (empty for anything else). */
export function pairs(node: CNode | null | undefined): CPair[] {
  return node && node.type === 'map' ? node.pairs : [];
}

/** The items of a sequence (empty for anything else). */
export function items(node: CNode | null | undefined): CNode[] {
  return node && node.type === 'seq' ? node.items : [];
}

/** Converts a resolved node to plain JS (for schema validation); bounded by the same node budget. */
export function toPlain(node: CNode | null | undefined, budget = { left: MAX_NODES }): unknown {
  if (!node || --budget.left < 0) return null;
  if (node.type === 'scalar') return typeof node.value === 'bigint' ? Number(node.value) : node.value;
  if (node.type === 'seq') return node.items.map((i) => toPlain(i, budget));
  const out: Record<string, unknown> = {};
  for (const p of node.pairs) out[p.key] = toPlain(p.value, budget);
  return out;
}

/** The scalars of a resolved tree with their key paths, listed once per tree (many rules walk them). */
const scalarLists = new WeakMap<CNode, Array<{ node: CScalar; path: ReadonlyArray<string | number> }>>();

function scalarsOf(root: CNode): Array<{ node: CScalar; path: ReadonlyArray<string | number> }> {
  let list = scalarLists.get(root);
  if (list) return list;
  list = [];
  const out = list;
  const seen = new Set<CNode>();
  const path: Array<string | number> = [];
  const go = (n: CNode | null | undefined) => {
    if (!n || seen.has(n) || path.length > 200) return;
    seen.add(n);
    if (n.type === 'scalar') out.push({ node: n, path: path.slice() });
    else if (n.type === 'seq') n.items.forEach((it, i) => {
      path.push(i);
      go(it);
      path.pop();
    });
    else for (const p of n.pairs) {
      path.push(p.key);
      go(p.value);
      path.pop();
    }
  };
  go(root);
  scalarLists.set(root, list);
  return list;
}

/**
 * Visits every scalar value of the resolved tree once (shared alias and merge-key nodes once),
 * with the path of keys leading to it; mapping keys are not visited.
 */
export function walkValues(root: CNode | null | undefined, visit: (node: CScalar, path: ReadonlyArray<string | number>) => void): void {
  if (!root) return;
  for (const { node, path } of scalarsOf(root)) visit(node, path);
}
