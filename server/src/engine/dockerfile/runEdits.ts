// Small helpers the RUN/COPY rules share: which stages ship, whole-context COPYs, cache mounts,
// and edits that add a flag or a command while keeping the file's layout.
import type { Span, TextEdit } from '../text';
import { edit } from '../text';
import type { DfInstruction, DfStage, DockerfileModel } from './model';
import { isWholeContextSource } from './context';
import { shellOf, type ShCommand, type ShScript } from './shell';

/** Stages whose files end up in the final image: the last stage and the stages it is built FROM. */
export function shippedStages(file: DockerfileModel): Set<number> {
  const out = new Set<number>();
  let s: DfStage | undefined = file.stages[file.stages.length - 1];
  while (s && !out.has(s.index)) {
    out.add(s.index);
    s = s.parentStage === null ? undefined : file.stages[s.parentStage];
  }
  return out;
}

/** Instructions of a kind in the file, with their shell script when they have one. */
export function runsOf(file: DockerfileModel): Array<{ ins: DfInstruction; run: ShScript }> {
  const out: Array<{ ins: DfInstruction; run: ShScript }> = [];
  for (const ins of file.instructions) {
    if (ins.keyword !== 'RUN') continue;
    const run = shellOf(file, ins);
    if (run) out.push({ ins, run });
  }
  return out;
}

export interface WholeCopy {
  ins: DfInstruction;
  /** The `.` (or `./`, `*`) source word. */
  source: Span;
  /** The destination as written. */
  dest: string;
}

/** `COPY . …` / `ADD . …` from the build context (not `--from`), shell or exec form. */
export function wholeContextCopy(file: DockerfileModel, ins: DfInstruction): WholeCopy | null {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return null;
  if (ins.flags.some((f) => f.name.toLowerCase() === 'from')) return null;
  if (ins.heredocs.length) return null;
  if (ins.execForm) {
    if (ins.execForm.length < 2 || !ins.argsSpan) return null;
    if (!ins.execForm.slice(0, -1).some(isWholeContextSource)) return null;
    return { ins, source: ins.argsSpan, dest: ins.execForm[ins.execForm.length - 1] };
  }
  if (ins.args.length < 2) return null;
  const src = ins.args.slice(0, -1).find((a) => isWholeContextSource(a.value));
  if (!src) return null;
  return { ins, source: src.span, dest: ins.args[ins.args.length - 1].value };
}

/** Targets of the `--mount=type=cache` (and tmpfs) flags of a RUN, without trailing slashes. */
export function cacheMountTargets(ins: DfInstruction): string[] {
  const out: string[] = [];
  for (const f of ins.flags) {
    if (f.name.toLowerCase() !== 'mount') continue;
    const opts = new Map(f.options.map((o) => [o.name.toLowerCase(), o.value ?? '']));
    const type = opts.get('type') ?? 'bind';
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination');
    if (target) out.push(target.replace(/\/+$/, '') || '/');
  }
  return out;
}

/** True when a cache mount covers one of the paths (same folder, a parent, or a child of it). */
export function hasCacheMount(ins: DfInstruction, paths: string[]): boolean {
  const targets = cacheMountTargets(ins);
  return paths.some((p) => targets.some((t) => t === p || p.startsWith(t + '/') || t.startsWith(p + '/')));
}

/** Inserts `--mount=…` flags after the existing flags of a RUN. */
export function addRunFlags(ins: DfInstruction, flags: string[]): TextEdit | null {
  if (!ins.argsSpan || !flags.length) return null;
  return edit.insert(ins.argsSpan.start, flags.join(' ') + ' ');
}

/** Inserts ` text` right after a word (a flag after `install`). */
export function insertAfter(span: Span, text: string): TextEdit {
  return edit.insert(span.end, ' ' + text);
}

/** The indentation continuation lines of an instruction use (four spaces when it has none). */
export function continuationIndent(file: DockerfileModel, ins: DfInstruction): string {
  for (let l = ins.startLine + 1; l <= ins.endLine; l++) {
    const t = file.doc.lineText(l);
    if (t.trim() && !t.trim().startsWith('#')) return /^[ \t]*/.exec(t)![0] || '    ';
  }
  return '    ';
}

/** The indentation of the line an instruction starts on. */
export function lineIndent(file: DockerfileModel, ins: DfInstruction): string {
  return /^[ \t]*/.exec(file.doc.lineText(ins.startLine))![0];
}

/** The span from the start of an instruction's first line to just past its last line break. */
export function wholeLines(file: DockerfileModel, ins: DfInstruction): Span {
  return { start: file.doc.lineStart(ins.startLine), end: file.doc.lineEndWithBreak(ins.endLine) };
}

/** Top-level commands of a shell-form script typed on the RUN line (not heredoc bodies, not nested). */
export function topLevel(run: ShScript): ShCommand[] {
  return run.commands.filter((c) => c.depth === 0 && c.origin === 'shell');
}

/**
 * Edits that append a command to the end of a RUN's shell script: ` && \` plus a new line for
 * shell form; a new line before the closing delimiter for a heredoc script. Null when unsafe.
 */
export function appendCommand(file: DockerfileModel, run: ShScript, command: string): TextEdit | null {
  const ins = run.instruction;
  const heredocCmds = run.commands.filter((c) => c.origin === 'heredoc' && c.depth === 0);
  if (heredocCmds.length) {
    const h = ins.heredocs.find((x) => x.contentSpan && x.endSpan && x.contentSpan.end <= x.endSpan.start && heredocCmds[0].span.start >= x.contentSpan.start && heredocCmds[0].span.start < x.contentSpan.end);
    if (!h || !h.contentSpan) return null;
    const content = file.text.slice(h.contentSpan.start, h.contentSpan.end);
    const eol = file.doc.eol;
    const indent = /^[ \t]*/.exec(content)![0];
    const sep = content.endsWith('\n') ? '' : eol;
    return edit.insert(h.contentSpan.end, `${sep}${indent}${command}${content.endsWith('\n') ? eol : ''}`);
  }
  if (run.execForm || ins.heredocs.length) return null;
  const top = topLevel(run);
  const last = top[top.length - 1];
  if (!last || last.next !== null) return null;
  // Background jobs or a dangling operator: appending would change meaning.
  const rest = file.text.slice(last.span.end, ins.span.end);
  if (/^[ \t]*[&|;]/.test(rest)) return null;
  return edit.insert(last.span.end, ` && ${file.escapeChar}${file.doc.eol}${continuationIndent(file, ins)}${command}`);
}

/** The stage's last USER before an instruction, if any (`root`/`0` count as root). */
export function userBefore(file: DockerfileModel, ins: DfInstruction): string | null {
  const stage = file.stages[ins.stageIndex];
  if (!stage) return null;
  let user: string | null = null;
  for (const i of stage.instructions) {
    if (i.index >= ins.index) break;
    if (i.keyword === 'USER' && i.args[0]) user = i.args[0].value;
  }
  return user;
}

export function isRootUser(user: string | null): boolean {
  return user === null || /^(root|0)(:.*)?$/.test(user);
}

/** The image a stage finally builds on, following FROM <stage> links. */
export function baseImage(file: DockerfileModel, stageIndex: number): string {
  const seen = new Set<number>();
  let s: DfStage | undefined = file.stages[stageIndex];
  while (s && !seen.has(s.index)) {
    seen.add(s.index);
    if (s.parentStage === null) return (s.image ?? '').toLowerCase();
    s = file.stages[s.parentStage];
  }
  return '';
}
