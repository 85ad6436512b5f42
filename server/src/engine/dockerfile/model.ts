// The Dockerfile model: one parse (dockerfile-ast) per document version, turned into offset-based
// structures every rule, hover and code action shares.
import { DockerfileParser, type Dockerfile, type Instruction, type Heredoc } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import { TextDoc, type Span } from '../text';

export interface DfFlagOption {
  name: string;
  value: string | null;
  span: Span;
  nameSpan: Span;
  valueSpan: Span | null;
}

export interface DfFlag {
  /** Name without the leading dashes, as written (`from`, `mount`). */
  name: string;
  value: string | null;
  span: Span;
  nameSpan: Span;
  valueSpan: Span | null;
  /** `key=value` parts of the value, split on commas (for `--mount`). */
  options: DfFlagOption[];
}

export interface DfWord {
  value: string;
  span: Span;
}

export interface DfHeredoc {
  name: string;
  nameSpan: Span;
  content: string;
  contentSpan: Span | null;
  /** Span of the closing delimiter line; null when the heredoc is never closed. */
  endSpan: Span | null;
}

export interface DfInstruction {
  index: number;
  /** Upper-cased keyword (`RUN`). */
  keyword: string;
  /** The keyword as written (`run`). */
  keywordRaw: string;
  keywordSpan: Span;
  /** The whole instruction, continuation lines and heredoc bodies included. */
  span: Span;
  startLine: number;
  endLine: number;
  flags: DfFlag[];
  /** Arguments after the flags, split the way the builder splits them (quotes kept). */
  args: DfWord[];
  /** From the first argument after the flags to the end of the instruction. */
  argsSpan: Span | null;
  /** The exec-form array when the arguments are a JSON array of strings. */
  execForm: string[] | null;
  heredocs: DfHeredoc[];
  /** Index of the stage the instruction is in; -1 before the first FROM. */
  stageIndex: number;
  /** The dockerfile-ast node, for what the model does not lift. */
  node: Instruction;
}

export interface DfStage {
  index: number;
  /** Name after `AS`, as written. */
  name: string | null;
  nameSpan: Span | null;
  from: DfInstruction;
  /** Image reference as written (`golang:1.22`, `${BASE}`, `build`). */
  image: string | null;
  imageSpan: Span | null;
  /** The earlier stage this one is built on, when FROM names a stage. */
  parentStage: number | null;
  instructions: DfInstruction[];
  span: Span;
}

export interface DfDirective {
  name: string;
  value: string;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
  line: number;
}

export interface DfComment {
  /** Text after `#`, trimmed. */
  text: string;
  span: Span;
  line: number;
}

export interface DockerfileModel {
  kind: 'dockerfile';
  path: string;
  doc: TextDoc;
  text: string;
  ast: Dockerfile;
  escapeChar: string;
  instructions: DfInstruction[];
  stages: DfStage[];
  directives: DfDirective[];
  comments: DfComment[];
  /** ARG instructions before the first FROM. */
  globalArgs: DfInstruction[];
  /** Converts a dockerfile-ast range to offsets. */
  span(range: Range): Span;
  /** The instruction whose span holds the offset. */
  instructionAt(offset: number): DfInstruction | undefined;
  /** Stage index by name (case-insensitive, as BuildKit matches). */
  stageByName(name: string): DfStage | undefined;
}

function parseExecForm(raw: string): string[] | null {
  const t = raw.trim();
  if (!t.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v as string[];
  } catch {
    // Not JSON: the builder runs it in shell form.
  }
  return null;
}

function getFlags(node: Instruction): ReturnType<NonNullable<Instruction['getFlags']>> {
  const withFlags = node as Instruction & { getFlags?: () => ReturnType<NonNullable<Instruction['getFlags']>> };
  return typeof withFlags.getFlags === 'function' ? withFlags.getFlags() : [];
}

declare module 'dockerfile-ast' {
  interface Instruction {
    getFlags?(): import('dockerfile-ast').Flag[];
  }
}

/** Maps a dockerfile-ast range of an instruction's own node to offsets of the model it is in. */
const nodeSpans = new WeakMap<DfInstruction, (range: Range) => Span>();

/** Offsets of a range of `ins.node` (the node may come from a parse of an earlier version or of a slice). */
export function nodeSpan(ins: DfInstruction, range: Range): Span {
  return nodeSpans.get(ins)!(range);
}

/** Lifts one dockerfile-ast instruction; `span` converts its ranges, `lineBase` is added to its lines. */
function liftInstruction(node: Instruction, text: string, span: (r: Range) => Span, lineBase: number): DfInstruction {
  const keywordRaw = node.getInstruction();
  const keyword = keywordRaw.toUpperCase();
  const range = node.getRange();
  const flags: DfFlag[] = getFlags(node).map((f) => {
    const vr = f.getValueRange();
    return {
      name: f.getName(),
      value: f.getValue(),
      span: span(f.getRange()),
      nameSpan: span(f.getNameRange()),
      valueSpan: vr ? span(vr) : null,
      options: f.getOptions().map((o) => {
        const ovr = o.getValueRange();
        return {
          name: o.getName(),
          value: o.getValue(),
          span: span(o.getRange()),
          nameSpan: span(o.getNameRange()),
          valueSpan: ovr ? span(ovr) : null,
        };
      }),
    };
  });
  const args: DfWord[] = node.getArguments().map((a) => ({ value: a.getValue(), span: span(a.getRange()) }));
  const instrSpan = span(range);
  const argsSpan: Span | null = args.length ? { start: args[0].span.start, end: instrSpan.end } : null;
  const withHeredocs = node as Instruction & { getHeredocs?: () => Heredoc[] };
  const heredocs: DfHeredoc[] =
    typeof withHeredocs.getHeredocs === 'function'
      ? withHeredocs.getHeredocs().map((h) => {
          const cr = h.getContentRange();
          const er = h.getDelimiterRange();
          const contentSpan = cr ? span(cr) : null;
          return {
            name: h.getName(),
            nameSpan: span(h.getNameRange()),
            content: contentSpan ? text.slice(contentSpan.start, contentSpan.end) : '',
            contentSpan,
            endSpan: er ? span(er) : null,
          };
        })
      : [];
  const ins: DfInstruction = {
    index: 0,
    keyword,
    keywordRaw,
    keywordSpan: span(node.getInstructionRange()),
    span: instrSpan,
    startLine: range.start.line + lineBase,
    endLine: range.end.line + lineBase,
    flags,
    args,
    argsSpan,
    execForm: argsSpan ? parseExecForm(text.slice(argsSpan.start, argsSpan.end)) : null,
    heredocs,
    stageIndex: -1,
    node,
  };
  nodeSpans.set(ins, span);
  return ins;
}

const shiftSpan = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });
const shiftNullable = (s: Span | null, d: number): Span | null => (s ? shiftSpan(s, d) : null);

/** A copy of an instruction moved by `delta` characters and `lines` lines (text unchanged). */
function shiftInstruction(ins: DfInstruction, delta: number, lines: number): DfInstruction {
  const moved: DfInstruction = {
    index: ins.index,
    keyword: ins.keyword,
    keywordRaw: ins.keywordRaw,
    keywordSpan: shiftSpan(ins.keywordSpan, delta),
    span: shiftSpan(ins.span, delta),
    startLine: ins.startLine + lines,
    endLine: ins.endLine + lines,
    flags: ins.flags.map((f) => ({
      name: f.name,
      value: f.value,
      span: shiftSpan(f.span, delta),
      nameSpan: shiftSpan(f.nameSpan, delta),
      valueSpan: shiftNullable(f.valueSpan, delta),
      options: f.options.map((o) => ({
        name: o.name,
        value: o.value,
        span: shiftSpan(o.span, delta),
        nameSpan: shiftSpan(o.nameSpan, delta),
        valueSpan: shiftNullable(o.valueSpan, delta),
      })),
    })),
    args: ins.args.map((a) => ({ value: a.value, span: shiftSpan(a.span, delta) })),
    argsSpan: shiftNullable(ins.argsSpan, delta),
    execForm: ins.execForm ? ins.execForm.slice() : null,
    heredocs: ins.heredocs.map((h) => ({
      name: h.name,
      nameSpan: shiftSpan(h.nameSpan, delta),
      content: h.content,
      contentSpan: shiftNullable(h.contentSpan, delta),
      endSpan: shiftNullable(h.endSpan, delta),
    })),
    stageIndex: ins.stageIndex,
    node: ins.node,
  };
  const base = nodeSpans.get(ins)!;
  nodeSpans.set(moved, (r) => shiftSpan(base(r), delta));
  return moved;
}

function liftComments(ast: Dockerfile, span: (r: Range) => Span, lineBase: number): DfComment[] {
  return ast.getComments().map((c) => {
    const r = c.getRange();
    return { text: c.getContent().trim(), span: span(r), line: r.start.line + lineBase };
  });
}

/**
 * Parses a Dockerfile. With `previous` (the model of an earlier version of the same document), only
 * the instructions around the changed region are parsed again and the others are reused, moved by
 * the change's length; whenever that could differ from a full parse, it parses the whole text.
 */
export function parseDockerfile(text: string, path = 'Dockerfile', previous?: DockerfileModel): DockerfileModel {
  if (previous && previous.kind === 'dockerfile') {
    const model = reparse(previous, text, path);
    if (model) return model;
  }
  return parseFull(text, path);
}

function parseFull(text: string, path: string): DockerfileModel {
  const doc = new TextDoc(text);
  const ast = DockerfileParser.parse(text);
  const span = (r: Range): Span => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) });
  const instructions = ast.getInstructions().map((node) => liftInstruction(node, text, span, 0));
  const directives: DfDirective[] = ast.getDirectives().map((d) => {
    const r = d.getRange();
    return {
      name: d.getName().toLowerCase(),
      value: d.getValue(),
      span: span(r),
      nameSpan: span(d.getNameRange()),
      valueSpan: span(d.getValueRange()),
      line: r.start.line,
    };
  });
  return assemble({ text, path, doc, ast: () => ast, escapeChar: ast.getEscapeCharacter(), instructions, directives, comments: liftComments(ast, span, 0), span });
}

/** The incremental path of parseDockerfile; undefined when only a full parse is safe. */
function reparse(prev: DockerfileModel, text: string, path: string): DockerfileModel | undefined {
  const old = prev.text;
  if (prev.escapeChar !== '\\' || prev.instructions.length === 0) return undefined;
  if (old === text) return undefined;
  // The changed region: [p, oldEnd) in the old text became [p, newEnd) in the new one.
  const max = Math.min(old.length, text.length);
  let p = 0;
  while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let sfx = 0;
  while (sfx < max - p && old.charCodeAt(old.length - 1 - sfx) === text.charCodeAt(text.length - 1 - sfx)) sfx++;
  const oldEnd = old.length - sfx;
  const delta = text.length - old.length;
  const prevDoc = prev.doc;
  const ins = prev.instructions;
  const lineStartOf = (i: DfInstruction) => prevDoc.lineStart(i.startLine);
  // Directives and the escape character live above the first instruction: a change there re-parses all.
  if (p < lineStartOf(ins[0]) + 1) return undefined;
  // The last instruction starting at or before the change, one more before it for margin...
  let i0 = 0;
  {
    let lo = 0;
    let hi = ins.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lineStartOf(ins[mid]) <= p) {
        i0 = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
  }
  const first = Math.max(0, i0 - 1);
  // ...and the first instruction whose whole line lies after it: the sentinel that must come out the same.
  let sentinel = i0;
  while (sentinel < ins.length && lineStartOf(ins[sentinel]) <= oldEnd) sentinel++;
  const hasSentinel = sentinel < ins.length;
  const sliceStart = lineStartOf(ins[first]);
  const oldSliceEnd = hasSentinel && sentinel + 1 < ins.length ? lineStartOf(ins[sentinel + 1]) : old.length;
  const newSliceEnd = oldSliceEnd + delta;
  if (newSliceEnd < p || sliceStart > p) return undefined;
  const sliceText = text.slice(sliceStart, newSliceEnd);
  const sliceAst = DockerfileParser.parse(sliceText);
  if (sliceAst.getDirectives().length || sliceAst.getEscapeCharacter() !== '\\') return undefined;
  const sliceDoc = new TextDoc(sliceText);
  const lineBase = prev.instructions[first].startLine;
  const span = (r: Range): Span => ({ start: sliceStart + sliceDoc.offsetAt(r.start), end: sliceStart + sliceDoc.offsetAt(r.end) });
  const fresh = sliceAst.getInstructions().map((node) => liftInstruction(node, text, span, lineBase));
  const newDoc = new TextDoc(text);
  const lineDelta = newDoc.lineCount - prevDoc.lineCount;
  if (hasSentinel) {
    // The sentinel's text is unchanged; if it parsed as the same instruction, everything after it parses as before.
    const was = ins[sentinel];
    const now = fresh[fresh.length - 1];
    if (
      !now ||
      now.keywordRaw !== was.keywordRaw ||
      now.span.start !== was.span.start + delta ||
      now.span.end !== was.span.end + delta ||
      now.startLine !== was.startLine + lineDelta ||
      now.endLine !== was.endLine + lineDelta ||
      now.heredocs.length !== was.heredocs.length
    ) {
      return undefined;
    }
  }
  const lastReplaced = hasSentinel ? sentinel : ins.length - 1;
  const instructions: DfInstruction[] = ins.slice(0, first);
  for (const f of fresh) instructions.push(f);
  for (let i = lastReplaced + 1; i < ins.length; i++) instructions.push(shiftInstruction(ins[i], delta, lineDelta));
  const comments: DfComment[] = [];
  for (const c of prev.comments) if (c.span.start < sliceStart) comments.push(c);
  for (const c of liftComments(sliceAst, span, lineBase)) comments.push(c);
  for (const c of prev.comments) {
    if (c.span.start >= oldSliceEnd) comments.push({ text: c.text, span: shiftSpan(c.span, delta), line: c.line + lineDelta });
  }
  let ast: Dockerfile | undefined;
  const fullSpan = (r: Range): Span => ({ start: newDoc.offsetAt(r.start), end: newDoc.offsetAt(r.end) });
  return assemble({
    text,
    path,
    doc: newDoc,
    ast: () => (ast ??= DockerfileParser.parse(text)),
    escapeChar: prev.escapeChar,
    instructions,
    directives: prev.directives,
    comments,
    span: fullSpan,
  });
}

interface Parts {
  text: string;
  path: string;
  doc: TextDoc;
  ast: () => Dockerfile;
  escapeChar: string;
  instructions: DfInstruction[];
  directives: DfDirective[];
  comments: DfComment[];
  span: (range: Range) => Span;
}

/** Numbers the instructions and groups them into stages. */
function assemble(parts: Parts): DockerfileModel {
  const { instructions } = parts;
  const stages: DfStage[] = [];
  const globalArgs: DfInstruction[] = [];
  const stageNames = new Map<string, DfStage>();
  for (let index = 0; index < instructions.length; index++) {
    const ins = instructions[index];
    ins.index = index;
    ins.stageIndex = stages.length - 1;
    if (ins.keyword === 'FROM') {
      const args = ins.args;
      const imageArg = args[0] ?? null;
      const hasAs = args.length >= 3 && args[1].value.toUpperCase() === 'AS';
      const nameArg = hasAs ? args[2] : null;
      const stage: DfStage = {
        index: stages.length,
        name: nameArg ? nameArg.value : null,
        nameSpan: nameArg ? nameArg.span : null,
        from: ins,
        image: imageArg ? imageArg.value : null,
        imageSpan: imageArg ? imageArg.span : null,
        parentStage: null,
        instructions: [],
        span: { ...ins.span },
      };
      if (stage.image) {
        const parent = stageNames.get(stage.image.toLowerCase());
        if (parent) stage.parentStage = parent.index;
      }
      stages.push(stage);
      if (stage.name !== null && !stageNames.has(stage.name.toLowerCase())) stageNames.set(stage.name.toLowerCase(), stage);
      ins.stageIndex = stage.index;
    } else if (stages.length === 0 && ins.keyword === 'ARG') {
      globalArgs.push(ins);
    }
    if (ins.stageIndex >= 0) {
      const st = stages[ins.stageIndex];
      st.instructions.push(ins);
      st.span.end = Math.max(st.span.end, ins.span.end);
    }
  }
  const model = {
    kind: 'dockerfile' as const,
    path: parts.path,
    doc: parts.doc,
    text: parts.text,
    ast: undefined as unknown as Dockerfile,
    escapeChar: parts.escapeChar,
    instructions,
    stages,
    directives: parts.directives,
    comments: parts.comments,
    globalArgs,
    span: parts.span,
    instructionAt(offset: number) {
      let lo = 0;
      let hi = instructions.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = instructions[mid].span;
        if (offset < s.start) hi = mid - 1;
        else if (offset > s.end) lo = mid + 1;
        else return instructions[mid];
      }
      return undefined;
    },
    stageByName(name: string) {
      return stageNames.get(name.toLowerCase());
    },
  };
  // The whole-file syntax tree is built on demand: an incremental parse has none of its own.
  let ast: Dockerfile | undefined;
  Object.defineProperty(model, 'ast', { enumerable: true, get: () => (ast ??= parts.ast()) });
  return model;
}
