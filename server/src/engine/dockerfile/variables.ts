// ARG/ENV scopes and `$VAR` references as BuildKit sees them: which variables each instruction can
// expand, which references it holds (with spans), and what value a variable has at a point.
import type { DfInstruction, DockerfileModel } from './model';
import type { Span } from '../text';
import { parseImageRef, qualifiedName, stageBase } from './images';

/** One `$NAME` / `${NAME…}` reference the builder expands. */
export interface VarRef {
  name: string;
  /** From `$` to the closing `}` (or the end of the name). */
  span: Span;
  nameSpan: Span;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`, `/`, `//`; null for plain `$X` / `${X}`. */
  modifier: string | null;
}

/** Where a variable comes from. */
export type VarSource = 'arg' | 'env' | 'global-arg' | 'predefined';

export interface VarDef {
  name: string;
  source: VarSource;
  /** The value as written (quotes removed), null when the ARG has no default. */
  value: string | null;
  instruction: DfInstruction | null;
  nameSpan: Span | null;
}

/** A reference in an instruction, and whether BuildKit's UndefinedVar check looks at it. */
export interface ExpandedRef extends VarRef {
  instruction: DfInstruction;
  /** False where BuildKit expands without reporting unknown names (EXPOSE, FROM, global ARG defaults). */
  checked: boolean;
}

/** Arguments BuildKit defines before the first FROM, visible in FROM lines and global ARG defaults. */
export const PLATFORM_ARGS: readonly string[] = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDOSVERSION',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETOSVERSION',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
];

/** Proxy arguments the builder accepts without an ARG line (they never land in the image). */
export const PROXY_ARGS: readonly string[] = ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((n) => [n, n.toLowerCase()]);

/** Build-configuration arguments read by BuildKit itself. */
export function isBuilderArg(name: string): boolean {
  return name.startsWith('BUILDKIT_') || name === 'SOURCE_DATE_EPOCH';
}

/** Variables every image has in its environment even when the Dockerfile sets none. */
export const ALWAYS_IN_ENV: readonly string[] = ['PATH'];

// ---------------------------------------------------------------------------------------------
// Text of an instruction's arguments, with continuation breaks and embedded comment lines removed,
// and a map back to document offsets.

export interface MappedText {
  text: string;
  /** offsets[i] is the document offset of text[i]; offsets[text.length] is the end. */
  offsets: number[];
}

/** The arguments region of an instruction as the builder reads it (heredoc bodies excluded). */
export function argumentText(model: DockerfileModel, ins: DfInstruction, from?: number): MappedText {
  const start = from ?? ins.argsSpan?.start ?? ins.span.end;
  let end = ins.span.end;
  for (const h of ins.heredocs) {
    // The instruction line ends where the first heredoc body begins.
    const lineEnd = model.doc.lineEnd(model.doc.positionAt(h.nameSpan.end).line);
    end = Math.min(end, Math.max(start, lineEnd));
  }
  return logicalText(model.text, start, end, model.escapeChar);
}

/** Joins continued lines: drops the escape + line break and comment lines inside the instruction. */
export function logicalText(text: string, start: number, end: number, escapeChar: string): MappedText {
  let out = '';
  const offsets: number[] = [];
  let i = start;
  let atLineStart = false;
  while (i < end) {
    if (atLineStart) {
      // Comment lines and empty lines inside a continued instruction are dropped by the parser.
      let j = i;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '#' || text[j] === '\n' || text[j] === '\r') {
        while (j < end && text[j] !== '\n') j++;
        i = j + 1;
        continue;
      }
      atLineStart = false;
    }
    const c = text[i];
    if (c === escapeChar) {
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j >= end || text[j] === '\n' || text[j] === '\r') {
        if (text[j] === '\r') j++;
        if (text[j] === '\n') j++;
        i = j;
        atLineStart = true;
        continue;
      }
    }
    if (c === '\n' || c === '\r') {
      i++;
      atLineStart = true;
      continue;
    }
    out += c;
    offsets.push(i);
    i++;
  }
  offsets.push(i > end ? end : i);
  return { text: out, offsets };
}

export interface MappedWord {
  /** The word as written (quotes kept). */
  raw: string;
  /** Index range in the mapped text. */
  from: number;
  to: number;
  span: Span;
}

/** Splits mapped text on unquoted, unescaped whitespace (quotes stay part of the word). */
export function splitWords(m: MappedText, escapeChar: string): MappedWord[] {
  const words: MappedWord[] = [];
  const t = m.text;
  let i = 0;
  while (i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
    if (i >= t.length) break;
    const from = i;
    let quote: string | null = null;
    while (i < t.length) {
      const c = t[i];
      if (quote) {
        if (c === escapeChar && quote === '"' && i + 1 < t.length) i += 2;
        else {
          if (c === quote) quote = null;
          i++;
        }
        continue;
      }
      if (c === ' ' || c === '\t') break;
      if (c === escapeChar && i + 1 < t.length) {
        i += 2;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      i++;
    }
    words.push({ raw: t.slice(from, i), from, to: i, span: { start: m.offsets[from], end: m.offsets[i - 1] + 1 } });
  }
  return words;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAM = '@*#?-$!0';

/**
 * Variable references in `m.text[from, to)`, following BuildKit's word lexer: single quotes stop
 * expansion, the escape character protects `$`, `${X:-word}` words are scanned too.
 */
export function scanRefs(m: MappedText, escapeChar: string, from = 0, to = m.text.length): VarRef[] {
  const refs: VarRef[] = [];
  const t = m.text;
  const span = (a: number, b: number): Span => ({ start: m.offsets[a], end: b > a ? m.offsets[b - 1] + 1 : m.offsets[a] });

  // Returns the index after the reference (or after `$` when there is none).
  const dollar = (i: number, stop: number): number => {
    const start = i;
    i++;
    if (t[i] !== '{') {
      if (i < stop && NAME_START.test(t[i])) {
        const ns = i;
        while (i < stop && NAME_CHAR.test(t[i])) i++;
        refs.push({ name: t.slice(ns, i), span: span(start, i), nameSpan: span(ns, i), modifier: null });
        return i;
      }
      if (i < stop && /[0-9]/.test(t[i])) {
        while (i < stop && /[0-9]/.test(t[i])) i++;
        return i;
      }
      if (i < stop && SPECIAL_PARAM.includes(t[i])) return i + 1;
      return i;
    }
    i++;
    const ns = i;
    while (i < stop && NAME_CHAR.test(t[i])) i++;
    const name = t.slice(ns, i);
    if (!name || !NAME_START.test(name[0])) return close(i, stop);
    let modifier: string | null = null;
    if (t[i] === '}') {
      refs.push({ name, span: span(start, i + 1), nameSpan: span(ns, i), modifier });
      return i + 1;
    }
    const idx = refs.length;
    refs.push({ name, span: span(start, i), nameSpan: span(ns, i), modifier: null });
    if (t[i] === ':' && '-+?'.includes(t[i + 1] ?? '')) modifier = t.slice(i, i + 2);
    else if ('-+?'.includes(t[i] ?? '') && i < stop) modifier = t[i];
    else if (t[i] === '#' || t[i] === '%' || t[i] === '/') modifier = t[i + 1] === t[i] ? t[i] + t[i] : t[i];
    if (modifier === null) {
      const end = close(i, stop);
      refs[idx].span = span(start, end);
      return end;
    }
    i += modifier.length;
    // The word after the modifier is expanded too; scan it up to the matching brace.
    const end = word(i, stop, '}');
    refs[idx].modifier = modifier;
    refs[idx].span = span(start, end);
    return end;
  };
  // Skips to just after the closing brace of a malformed `${…}`.
  const close = (i: number, stop: number): number => {
    while (i < stop && t[i] !== '}') i++;
    return Math.min(stop, i + 1);
  };
  // Scans plain text (quotes and escapes) from i until `stopChar` (consumed) or `stop`.
  const word = (i: number, stop: number, stopChar: string | null): number => {
    while (i < stop) {
      const c = t[i];
      if (stopChar !== null && c === stopChar) return i + 1;
      if (c === escapeChar) {
        i += 2;
        continue;
      }
      if (c === "'") {
        const j = t.indexOf("'", i + 1);
        i = j < 0 || j >= stop ? stop : j + 1;
        continue;
      }
      if (c === '"') {
        i++;
        while (i < stop && t[i] !== '"') {
          if (t[i] === escapeChar && i + 1 < stop) i += 2;
          else if (t[i] === '$') i = dollar(i, stop);
          else i++;
        }
        i++;
        continue;
      }
      if (c === '$') {
        i = dollar(i, stop);
        continue;
      }
      i++;
    }
    return Math.min(i, stop);
  };
  word(from, Math.min(to, t.length), null);
  return refs;
}

/** Removes one level of surrounding quotes and escapes from a value as written (for display). */
export function unquote(raw: string, escapeChar = '\\'): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (quote === '"' && c === escapeChar && i + 1 < raw.length && '"$'.includes(raw[i + 1])) out += raw[++i];
      else out += c;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === escapeChar && i + 1 < raw.length) out += raw[++i];
    else out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Definitions

/** Key/value pairs of an ARG, ENV or LABEL instruction, with spans. */
export interface KeyValue {
  key: string;
  keySpan: Span;
  /** Raw value as written, null when there is none (`ARG NAME`). */
  value: string | null;
  valueSpan: Span | null;
  /** The whole `key=value` (or legacy `key value`) text. */
  span: Span;
  /** Written without `=` (`ENV key value`). */
  legacy: boolean;
  /** Index range of the value in the mapped text, for reference scanning. */
  valueFrom: number;
  valueTo: number;
  keyFrom: number;
  keyTo: number;
}

const keyValueCache = new WeakMap<DfInstruction, { source: string; result: { pairs: KeyValue[]; text: MappedText } }>();

/** Splits ENV/LABEL/ARG arguments into pairs the way the builder does (once per instruction: many rules ask). */
export function keyValues(model: DockerfileModel, ins: DfInstruction): { pairs: KeyValue[]; text: MappedText } {
  const hit = keyValueCache.get(ins);
  if (hit && hit.source === model.text) return hit.result;
  const result = splitKeyValues(model, ins);
  keyValueCache.set(ins, { source: model.text, result });
  return result;
}

function splitKeyValues(model: DockerfileModel, ins: DfInstruction): { pairs: KeyValue[]; text: MappedText } {
  const text = argumentText(model, ins);
  const words = splitWords(text, model.escapeChar);
  const pairs: KeyValue[] = [];
  if (words.length === 0) return { pairs, text };
  const first = words[0];
  const eq0 = first.raw.indexOf('=');
  if (ins.keyword !== 'ARG' && eq0 < 0) {
    // Legacy `ENV key value with spaces`: the value is everything after the first word.
    const rest = words.slice(1);
    const valueFrom = rest.length ? rest[0].from : first.to;
    const valueTo = rest.length ? rest[rest.length - 1].to : first.to;
    pairs.push({
      key: first.raw,
      keySpan: first.span,
      value: rest.length ? text.text.slice(valueFrom, valueTo) : null,
      valueSpan: rest.length ? { start: rest[0].span.start, end: rest[rest.length - 1].span.end } : null,
      span: { start: first.span.start, end: rest.length ? rest[rest.length - 1].span.end : first.span.end },
      legacy: true,
      valueFrom,
      valueTo,
      keyFrom: first.from,
      keyTo: first.to,
    });
    return { pairs, text };
  }
  for (const w of words) {
    const eq = w.raw.indexOf('=');
    const keyTo = eq < 0 ? w.to : w.from + eq;
    const key = text.text.slice(w.from, keyTo);
    pairs.push({
      key,
      keySpan: { start: text.offsets[w.from], end: keyTo > w.from ? text.offsets[keyTo - 1] + 1 : text.offsets[w.from] },
      value: eq < 0 ? null : text.text.slice(keyTo + 1, w.to),
      valueSpan: eq < 0 ? null : { start: text.offsets[keyTo + 1], end: w.span.end },
      span: w.span,
      legacy: false,
      valueFrom: eq < 0 ? w.to : keyTo + 1,
      valueTo: w.to,
      keyFrom: w.from,
      keyTo,
    });
  }
  return { pairs, text };
}

// ---------------------------------------------------------------------------------------------
// The index: definitions per stage and expanded references per instruction, built once per model.

interface StageDefs {
  /** Definitions in source order. */
  defs: VarDef[];
}

export interface VariableIndex {
  /** Global ARGs (before the first FROM), in order. */
  globalArgs: VarDef[];
  /** The global ARG of that name, if any. */
  globalArg(name: string): VarDef | undefined;
  /** The definition in effect for a reference at `offset` inside `ins` (undefined: not defined). */
  lookup(name: string, ins: DfInstruction, offset?: number): VarDef | undefined;
  /** Every variable name visible at that point (for did-you-mean). */
  visibleNames(ins: DfInstruction, offset?: number): string[];
  /** The references the builder expands in an instruction. */
  refs(ins: DfInstruction): ExpandedRef[];
  /** Every definition in a stage (its own, not inherited). */
  stageDefs(stageIndex: number): VarDef[];
}

const cache = new WeakMap<DockerfileModel, VariableIndex>();

/** The variable index of a model, computed once. */
export function variableIndex(model: DockerfileModel): VariableIndex {
  let idx = cache.get(model);
  if (!idx) {
    idx = buildIndex(model);
    cache.set(model, idx);
  }
  return idx;
}

/** Flags whose values the builder expands, per instruction. */
const EXPANDED_FLAGS: Record<string, readonly string[]> = {
  COPY: ['chown', 'chmod', 'exclude'],
  ADD: ['chown', 'chmod', 'checksum', 'exclude'],
  RUN: ['mount'],
};

/** Instructions whose whole argument words are expanded (checked = reported by UndefinedVar). */
const EXPANDED_WORDS: Record<string, { checked: boolean }> = {
  COPY: { checked: true },
  ADD: { checked: true },
  WORKDIR: { checked: true },
  USER: { checked: true },
  VOLUME: { checked: true },
  STOPSIGNAL: { checked: true },
  EXPOSE: { checked: false },
};

/** What one instruction defines and references, cached per parser node (see `instructionVars`). */
interface InstructionVars {
  /** The instruction's start when computed: the spans are moved by the difference on reuse. */
  base: number;
  global: boolean;
  refs: ExpandedRef[];
  defs: VarDef[];
}

/**
 * Per parser node: an incremental parse keeps the node of an unchanged instruction (moved copies
 * share it), so its variables are scanned once, not on every keystroke.
 */
const byNode = new WeakMap<object, InstructionVars>();

const moved = (s: Span, d: number): Span => (d === 0 ? { start: s.start, end: s.end } : { start: s.start + d, end: s.end + d });

/** The definitions and references of one instruction, as fresh objects (the index adjusts definitions). */
function instructionVars(model: DockerfileModel, ins: DfInstruction): { refs: ExpandedRef[]; defs: VarDef[] } {
  const global = ins.stageIndex < 0;
  const node = ins.node as object | undefined;
  let hit = node ? byNode.get(node) : undefined;
  if (!hit || hit.global !== global) {
    hit = { base: ins.span.start, global, ...scanInstruction(model, ins) };
    if (node) byNode.set(node, hit);
  }
  const d = ins.span.start - hit.base;
  return {
    refs: hit.refs.map((r) => ({ ...r, span: moved(r.span, d), nameSpan: moved(r.nameSpan, d), instruction: ins })),
    defs: hit.defs.map((x) => ({ ...x, nameSpan: x.nameSpan ? moved(x.nameSpan, d) : null, instruction: ins })),
  };
}

function scanInstruction(model: DockerfileModel, ins: DfInstruction): { refs: ExpandedRef[]; defs: VarDef[] } {
  const esc = model.escapeChar;
  const list: ExpandedRef[] = [];
  const defs: VarDef[] = [];
  const push = (refs: VarRef[], checked: boolean) => {
    for (const r of refs) list.push({ ...r, instruction: ins, checked });
  };
  const kw = ins.keyword;
  if (kw === 'ARG' || kw === 'ENV' || kw === 'LABEL') {
    const { pairs, text } = keyValues(model, ins);
    for (const p of pairs) {
      if (kw !== 'ARG') push(scanRefs(text, esc, p.keyFrom, p.keyTo), true);
      if (p.value !== null) push(scanRefs(text, esc, p.valueFrom, p.valueTo), ins.stageIndex >= 0);
      if (kw === 'LABEL') continue;
      defs.push({
        name: p.key,
        source: kw === 'ENV' ? 'env' : ins.stageIndex < 0 ? 'global-arg' : 'arg',
        value: p.value === null ? null : unquote(p.value, esc),
        instruction: ins,
        nameSpan: p.keySpan,
      });
    }
  } else if (kw === 'FROM') {
    const platform = ins.flags.find((f) => f.name.toLowerCase() === 'platform');
    if (platform?.valueSpan) {
      const t = logicalText(model.text, platform.valueSpan.start, platform.valueSpan.end, esc);
      push(scanRefs(t, esc), false);
    }
    const image = ins.args[0];
    if (image) {
      const t = logicalText(model.text, image.span.start, image.span.end, esc);
      push(scanRefs(t, esc), false);
    }
  } else if (EXPANDED_WORDS[kw] && ins.argsSpan) {
    const text = argumentText(model, ins);
    for (const w of splitWords(text, esc)) {
      if (/^<<-?["']?[A-Za-z_]/.test(w.raw) && ins.heredocs.length) continue;
      push(scanRefs(text, esc, w.from, w.to), EXPANDED_WORDS[kw].checked);
    }
  }
  for (const name of EXPANDED_FLAGS[kw] ?? []) {
    for (const f of ins.flags) {
      if (f.name.toLowerCase() !== name || !f.valueSpan) continue;
      const t = logicalText(model.text, f.valueSpan.start, f.valueSpan.end, esc);
      push(scanRefs(t, esc), true);
    }
  }
  return { refs: list, defs };
}

function buildIndex(model: DockerfileModel): VariableIndex {
  const globalArgs: VarDef[] = [];
  const stages: StageDefs[] = model.stages.map(() => ({ defs: [] }));
  const refsByIns = new Map<number, ExpandedRef[]>();

  for (const ins of model.instructions) {
    const { refs, defs } = instructionVars(model, ins);
    refsByIns.set(ins.index, refs);
    for (const def of defs) {
      if (ins.stageIndex < 0) {
        if (ins.keyword === 'ARG') globalArgs.push(def);
      } else stages[ins.stageIndex].defs.push(def);
    }
  }

  const globalByName = new Map<string, VarDef>();
  for (const d of globalArgs) globalByName.set(d.name, d);

  // An ARG without a default inside a stage takes the global ARG's value.
  for (const st of stages) {
    for (const d of st.defs) {
      if (d.source === 'arg' && d.value === null) {
        const g = globalByName.get(d.name);
        if (g && g.value !== null) d.value = g.value;
      }
    }
  }

  const predefined = (name: string): VarDef => ({ name, source: 'predefined', value: null, instruction: null, nameSpan: null });

  // Global scope: platform args, then global ARGs in order (an ARG default sees the ARGs above it).
  const lookupGlobal = (name: string, ins: DfInstruction, offset: number): VarDef | undefined => {
    let found: VarDef | undefined;
    for (const d of globalArgs) {
      if (d.name !== name) continue;
      const before = ins.keyword === 'FROM' || d.instruction!.index < ins.index || (d.instruction === ins && d.nameSpan!.start < offset);
      if (before) found = d;
    }
    if (found) return found;
    if (PLATFORM_ARGS.includes(name) || PROXY_ARGS.includes(name) || isBuilderArg(name)) return predefined(name);
    return undefined;
  };

  // Stage scope: own definitions before the point, then the parent stage's (a stage inherits the
  // environment and the declared ARGs of the stage it is built FROM).
  const lookupStage = (name: string, stageIndex: number, ins: DfInstruction | null, offset: number): VarDef | undefined => {
    const seen = new Set<number>();
    let s: number | null = stageIndex;
    let limit: DfInstruction | null = ins;
    while (s !== null && s >= 0 && !seen.has(s)) {
      seen.add(s);
      let found: VarDef | undefined;
      for (const d of stages[s].defs) {
        if (d.name !== name) continue;
        const di = d.instruction!;
        if (limit) {
          const before = di.index < limit.index || (di === limit && di.keyword === 'ARG' && d.nameSpan!.start < offset);
          if (!before) continue;
        }
        found = d;
      }
      if (found) return found;
      s = model.stages[s].parentStage;
      limit = null;
    }
    if (PROXY_ARGS.includes(name) || isBuilderArg(name) || ALWAYS_IN_ENV.includes(name)) return predefined(name);
    return undefined;
  };

  const inGlobalScope = (ins: DfInstruction) => ins.stageIndex < 0 || ins.keyword === 'FROM';

  return {
    globalArgs,
    globalArg: (name) => globalByName.get(name),
    lookup(name, ins, offset = ins.span.end) {
      return inGlobalScope(ins) ? lookupGlobal(name, ins, offset) : lookupStage(name, ins.stageIndex, ins, offset);
    },
    visibleNames(ins, offset = ins.span.end) {
      const names = new Set<string>();
      if (inGlobalScope(ins)) {
        for (const n of PLATFORM_ARGS) names.add(n);
        for (const d of globalArgs) if (lookupGlobal(d.name, ins, offset) === d) names.add(d.name);
        return [...names];
      }
      const seen = new Set<number>();
      let s: number | null = ins.stageIndex;
      let limit: DfInstruction | null = ins;
      while (s !== null && s >= 0 && !seen.has(s)) {
        seen.add(s);
        for (const d of stages[s].defs) {
          const di = d.instruction!;
          if (limit && !(di.index < limit.index || (di === limit && di.keyword === 'ARG' && d.nameSpan!.start < offset))) continue;
          names.add(d.name);
        }
        s = model.stages[s].parentStage;
        limit = null;
      }
      for (const n of ALWAYS_IN_ENV) names.add(n);
      return [...names];
    },
    refs: (ins) => refsByIns.get(ins.index) ?? [],
    stageDefs: (i) => stages[i]?.defs ?? [],
  };
}

/** The value a variable has at a point, for hovers: as written, or null when unknown. */
export function valueAt(model: DockerfileModel, name: string, offset: number): { def: VarDef; value: string | null } | undefined {
  const ins = model.instructionAt(offset);
  if (!ins) return undefined;
  const def = variableIndex(model).lookup(name, ins, offset);
  return def ? { def, value: def.value } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The environment of base images. BuildKit reads it from the image config; we cannot, so we keep
// what the common official images set, and stay careful about images we do not know.

interface ImageEnv {
  repo: string | RegExp;
  env: readonly string[];
}

const JAVA = ['JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL'];
const DOTNET = ['APP_UID', 'ASPNETCORE_HTTP_PORTS', 'ASPNETCORE_URLS', 'DOTNET_RUNNING_IN_CONTAINER', 'DOTNET_VERSION', 'ASPNET_VERSION', 'DOTNET_SDK_VERSION', 'DOTNET_USE_POLLING_FILE_WATCHER', 'NUGET_XMLDOC_MODE', 'POWERSHELL_DISTRIBUTION_CHANNEL', 'DOTNET_GENERATE_ASPNET_CERTIFICATE', 'DOTNET_NOLOGO', 'DOTNET_ROLL_FORWARD'];

/** Environment variables official images set (PATH is always there). */
const IMAGE_ENV: readonly ImageEnv[] = [
  { repo: /^(?:alpine|debian|ubuntu|busybox|fedora|centos|rockylinux|almalinux|amazonlinux|archlinux|oraclelinux|photon|opensuse\/.*|redhat\/ubi\d+(?:-minimal|-micro)?|registry\.access\.redhat\.com\/ubi\d+(?:\/ubi(?:-minimal|-micro)?)?|buildpack-deps|gcr\.io\/distroless\/.*|cgr\.dev\/chainguard\/(?:static|wolfi-base))$/, env: [] },
  { repo: 'node', env: ['NODE_VERSION', 'YARN_VERSION'] },
  { repo: 'python', env: ['PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_PIP_VERSION', 'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256', 'GPG_KEY', 'LANG'] },
  { repo: 'golang', env: ['GOLANG_VERSION', 'GOPATH', 'GOTOOLCHAIN'] },
  { repo: 'rust', env: ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION'] },
  { repo: /^(?:eclipse-temurin|openjdk|amazoncorretto|ibm-semeru-runtimes|sapmachine)$/, env: JAVA },
  { repo: 'maven', env: [...JAVA, 'MAVEN_HOME', 'MAVEN_CONFIG'] },
  { repo: 'gradle', env: [...JAVA, 'GRADLE_HOME', 'GRADLE_VERSION', 'GRADLE_USER_HOME'] },
  { repo: 'tomcat', env: [...JAVA, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'GPG_KEYS', 'TOMCAT_MAJOR', 'TOMCAT_VERSION', 'TOMCAT_SHA512'] },
  { repo: /^mcr\.microsoft\.com\/dotnet\/(?:sdk|aspnet|runtime|runtime-deps)$/, env: DOTNET },
  { repo: 'nginx', env: ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE'] },
  { repo: 'httpd', env: ['HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_PATCHES'] },
  { repo: 'postgres', env: ['PG_MAJOR', 'PG_VERSION', 'PGDATA', 'LANG', 'GOSU_VERSION'] },
  { repo: /^(?:mysql|mariadb)$/, env: ['MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION', 'MARIADB_VERSION', 'GOSU_VERSION', 'LANG'] },
  { repo: 'redis', env: ['REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA'] },
  { repo: 'ruby', env: ['RUBY_VERSION', 'RUBY_DOWNLOAD_SHA256', 'RUBY_DOWNLOAD_URL', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG', 'LANG'] },
  { repo: 'php', env: ['PHP_VERSION', 'PHP_URL', 'PHP_ASC_URL', 'PHP_SHA256', 'PHP_INI_DIR', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'PHPIZE_DEPS', 'GPG_KEYS', 'APACHE_CONFDIR', 'APACHE_ENVVARS'] },
  { repo: 'composer', env: ['COMPOSER_ALLOW_SUPERUSER', 'COMPOSER_HOME', 'COMPOSER_VERSION', 'PHP_VERSION', 'PHP_INI_DIR'] },
  { repo: /^(?:elixir|erlang)$/, env: ['OTP_VERSION', 'REBAR3_VERSION', 'ELIXIR_VERSION', 'LANG'] },
  { repo: 'docker', env: ['DOCKER_VERSION', 'DOCKER_BUILDX_VERSION', 'DOCKER_COMPOSE_VERSION', 'DOCKER_TLS_CERTDIR', 'DIND_COMMIT'] },
  { repo: /^(?:haproxy)$/, env: ['HAPROXY_VERSION', 'HAPROXY_URL', 'HAPROXY_SHA256'] },
  { repo: /^(?:traefik|caddy)$/, env: ['CADDY_VERSION', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME'] },
];

/** An image reference with its `$VAR`s replaced by the global ARG defaults; null when one has none. */
export function expandFromImage(model: DockerfileModel, image: string): string | null {
  const idx = variableIndex(model);
  const t = logicalText(image, 0, image.length, model.escapeChar);
  let out = '';
  let pos = 0;
  for (const r of scanRefs(t, model.escapeChar)) {
    const g = idx.globalArg(r.name);
    if (!g || g.value === null || r.modifier) return null;
    out += image.slice(pos, r.span.start) + g.value;
    pos = r.span.end;
  }
  return out + image.slice(pos);
}

/**
 * The environment names a stage's base image sets, or null when the image is not known (a
 * variable, a private image, Windows). `resolve` expands variables in FROM when possible.
 */
export function baseImageEnv(model: DockerfileModel, stageIndex: number): readonly string[] | null {
  const idx = variableIndex(model);
  const resolve = (image: string) => expandFromImage(model, image);
  const base = stageBase(model, stageIndex, resolve);
  const root = model.stages[base.rootStage];
  if (!root || root.parentStage !== null) return null;
  let raw = root.image ?? '';
  if (raw.includes('$')) raw = resolve(raw) ?? '';
  const ref = parseImageRef(raw);
  if (!ref) return null;
  if (ref.repository === 'scratch' && ref.registry === 'docker.io') return [];
  const name = qualifiedName(ref);
  const entry = IMAGE_ENV.find((e) => (typeof e.repo === 'string' ? e.repo === name : e.repo.test(name)));
  return entry ? entry.env : null;
}

// ---------------------------------------------------------------------------------------------
// Writing values back.

/** `text` in double quotes; with `literal`, `$` is escaped too so the builder does not expand it. */
export function doubleQuoted(text: string, escapeChar: string, literal: boolean): string {
  let out = '"';
  for (const c of text) {
    if (c === '"' || c === escapeChar || (literal && c === '$')) out += escapeChar + c;
    else out += c;
  }
  return out + '"';
}

/**
 * Rewrites a value as the builder's word lexer reads it (quotes removed, escapes applied, `$`
 * kept for expansion) into one double-quoted string that reads the same.
 */
export function requoteWord(raw: string, escapeChar: string): string {
  let out = '"';
  const special = (c: string) => c === '"' || c === escapeChar;
  // A line continuation (escape, blanks, line break) is removed by the parser before the lexer
  // sees the value, wherever it is: copy it through so the value keeps its lines.
  const continuation = (i: number): number => {
    if (raw[i] !== escapeChar) return 0;
    let j = i + 1;
    while (raw[j] === ' ' || raw[j] === '\t') j++;
    if (raw[j] === '\r') j++;
    return raw[j] === '\n' ? j + 1 - i : 0;
  };
  for (let i = 0; i < raw.length; i++) {
    const cont = continuation(i);
    if (cont) {
      out += raw.slice(i, i + cont);
      i += cont - 1;
      continue;
    }
    const c = raw[i];
    if (c === "'") {
      // Single quotes: every character literal, including `$`.
      let j = i + 1;
      for (; j < raw.length && raw[j] !== "'"; j++) {
        const k = continuation(j);
        if (k) {
          out += raw.slice(j, j + k);
          j += k - 1;
        } else out += special(raw[j]) || raw[j] === '$' ? escapeChar + raw[j] : raw[j];
      }
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < raw.length && raw[j] !== '"'; j++) {
        const k = continuation(j);
        if (k) {
          out += raw.slice(j, j + k);
          j += k - 1;
        } else if (raw[j] === escapeChar && j + 1 < raw.length) {
          out += raw[j] + raw[j + 1];
          j++;
        } else out += raw[j];
      }
      i = j;
    } else if (c === escapeChar && i + 1 < raw.length) {
      const n = raw[++i];
      out += special(n) || n === '$' ? escapeChar + n : n;
    } else out += c;
  }
  return out + '"';
}

/** Whether a raw value needs quoting to stand as one `key=value` word. */
export function needsQuoting(raw: string, escapeChar: string): boolean {
  const words = splitWords({ text: raw, offsets: [...Array(raw.length + 1).keys()] }, escapeChar);
  return words.length !== 1 || words[0].raw !== raw;
}

// ---------------------------------------------------------------------------------------------
// Expanding FROM lines with the defaults, as BuildKit's lint does with no build arguments.

/** Sample values of the platform arguments, for expansions that must produce some text. */
export const SAMPLE_PLATFORM: Readonly<Record<string, string>> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDOSVERSION: '',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETOSVERSION: '',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
};

/**
 * Expands `text` with the values `lookup` gives (undefined = unset). Returns null when the result
 * cannot be known (a pattern modifier, or `${X:?}` failing).
 */
export function expandText(text: string, escapeChar: string, lookup: (name: string) => string | undefined): string | null {
  const m = logicalText(text, 0, text.length, escapeChar);
  const t = m.text;
  let i = 0;
  const wordUntil = (stop: string | null): string | null => {
    let out = '';
    while (i < t.length) {
      const c = t[i];
      if (stop !== null && c === stop) {
        i++;
        return out;
      }
      if (c === escapeChar && i + 1 < t.length) {
        out += t[i + 1];
        i += 2;
      } else if (c === "'") {
        const j = t.indexOf("'", i + 1);
        if (j < 0) return null;
        out += t.slice(i + 1, j);
        i = j + 1;
      } else if (c === '"') {
        i++;
        while (i < t.length && t[i] !== '"') {
          if (t[i] === escapeChar && i + 1 < t.length && '"$'.includes(t[i + 1])) {
            out += t[i + 1];
            i += 2;
          } else if (t[i] === '$') {
            const v = dollar();
            if (v === null) return null;
            out += v;
          } else out += t[i++];
        }
        i++;
      } else if (c === '$') {
        const v = dollar();
        if (v === null) return null;
        out += v;
      } else out += t[i++];
    }
    return stop === null ? out : null;
  };
  const dollar = (): string | null => {
    i++;
    if (t[i] !== '{') {
      const s = i;
      while (i < t.length && NAME_CHAR.test(t[i])) i++;
      if (s === i) return '$';
      return lookup(t.slice(s, i)) ?? '';
    }
    i++;
    const s = i;
    while (i < t.length && NAME_CHAR.test(t[i])) i++;
    const name = t.slice(s, i);
    if (!name) return null;
    if (t[i] === '}') {
      i++;
      return lookup(name) ?? '';
    }
    let mod = t[i];
    let nullIsUnset = false;
    if (mod === ':') {
      nullIsUnset = true;
      mod = t[++i];
    }
    if (!'-+?'.includes(mod ?? 'x')) return null;
    i++;
    const word = wordUntil('}');
    if (word === null) return null;
    const v = lookup(name);
    const unset = v === undefined || (nullIsUnset && v === '');
    if (mod === '-') return unset ? word : v!;
    if (mod === '+') return unset ? '' : word;
    return unset ? null : v!;
  };
  return wordUntil(null);
}

/** Expands a FROM word with the global ARG defaults and the platform arguments. */
export function expandWithDefaults(model: DockerfileModel, text: string): string | null {
  const { values, unknown } = globalDefaults(model);
  return expandKnown(model, text, values, unknown);
}

/** `text` expanded with `values`; null when it names a variable whose default is unknown. */
function expandKnown(model: DockerfileModel, t: string, values: ReadonlyMap<string, string>, unknown: ReadonlySet<string>): string | null {
  const refs = scanRefs(logicalText(t, 0, t.length, model.escapeChar), model.escapeChar);
  if (refs.some((r) => unknown.has(r.name))) return null;
  return expandText(t, model.escapeChar, (n) => values.get(n));
}

const defaultsCache = new WeakMap<DockerfileModel, { values: Map<string, string>; unknown: Set<string> }>();

/** The global ARG defaults, each expanded with those above it (once per model: every FROM asks). */
function globalDefaults(model: DockerfileModel): { values: Map<string, string>; unknown: Set<string> } {
  const hit = defaultsCache.get(model);
  if (hit) return hit;
  const idx = variableIndex(model);
  const values = new Map<string, string>(Object.entries(SAMPLE_PLATFORM));
  // Defaults we cannot compute (pattern modifiers…) make only the lines that use them unknown.
  const unknown = new Set<string>();
  for (const d of idx.globalArgs) {
    if (d.value === null) continue;
    const raw = d.instruction ? rawArgValue(model, d) : null;
    const v = raw === null ? d.value : expandKnown(model, raw, values, unknown);
    if (v === null) unknown.add(d.name);
    else {
      unknown.delete(d.name);
      values.set(d.name, v);
    }
  }
  const result = { values, unknown };
  defaultsCache.set(model, result);
  return result;
}

function rawArgValue(model: DockerfileModel, d: VarDef): string | null {
  if (!d.instruction) return null;
  const { pairs } = keyValues(model, d.instruction);
  const p = pairs.find((x) => x.keySpan.start === d.nameSpan?.start);
  return p?.value ?? null;
}
