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

export function parseDockerfile(text: string, path = 'Dockerfile'): DockerfileModel {
  const doc = new TextDoc(text);
  const ast = DockerfileParser.parse(text);
  const span = (r: Range): Span => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) });

  const instructions: DfInstruction[] = [];
  const stages: DfStage[] = [];
  const globalArgs: DfInstruction[] = [];
  for (const node of ast.getInstructions()) {
    const index = instructions.length;
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
      index,
      keyword,
      keywordRaw,
      keywordSpan: span(node.getInstructionRange()),
      span: instrSpan,
      startLine: range.start.line,
      endLine: range.end.line,
      flags,
      args,
      argsSpan,
      execForm: argsSpan ? parseExecForm(text.slice(argsSpan.start, argsSpan.end)) : null,
      heredocs,
      stageIndex: stages.length - 1,
      node,
    };
    if (keyword === 'FROM') {
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
        span: { ...instrSpan },
      };
      if (stage.image) {
        const lower = stage.image.toLowerCase();
        const parent = stages.find((s) => s.name !== null && s.name.toLowerCase() === lower);
        if (parent) stage.parentStage = parent.index;
      }
      stages.push(stage);
      ins.stageIndex = stage.index;
    } else if (stages.length === 0 && keyword === 'ARG') {
      globalArgs.push(ins);
    }
    if (ins.stageIndex >= 0) {
      const st = stages[ins.stageIndex];
      st.instructions.push(ins);
      st.span.end = Math.max(st.span.end, instrSpan.end);
    }
    instructions.push(ins);
  }

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
  const comments: DfComment[] = ast.getComments().map((c) => {
    const r = c.getRange();
    return { text: c.getContent().trim(), span: span(r), line: r.start.line };
  });

  return {
    kind: 'dockerfile',
    path,
    doc,
    text,
    ast,
    escapeChar: ast.getEscapeCharacter(),
    instructions,
    stages,
    directives,
    comments,
    globalArgs,
    span,
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
      const lower = name.toLowerCase();
      return stages.find((s) => s.name !== null && s.name.toLowerCase() === lower);
    },
  };
}
