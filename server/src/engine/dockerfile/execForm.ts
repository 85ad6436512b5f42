// Writes a shell-form command as an exec-form JSON array, when the shell would only split words:
// no operators, redirections, variables, globs, assignments or comments.
import type { DfInstruction, DockerfileModel } from './model';
import { shellOf } from './shell';
import { logicalText } from './variables';
import type { Span } from '../text';

/** The exec-form text (`["app", "--port", "80"]`) for a shell-form CMD/ENTRYPOINT/HEALTHCHECK CMD, or null. */
export function toExecForm(file: DockerfileModel, ins: DfInstruction): { text: string; start: number; end: number } | null {
  const script = shellOf(file, ins);
  if (!script || script.execForm || !script.posix || ins.heredocs.length) return null;
  if (script.commands.length !== 1) return null;
  const cmd = script.commands[0];
  if (cmd.depth !== 0 || cmd.next || cmd.redirects.length || cmd.assignments.length || !cmd.words.length) return null;
  const values: string[] = [];
  for (const w of cmd.words) {
    const raw = file.text.slice(w.span.start, w.span.end);
    if (w.dynamic || raw.includes('$') || raw.includes('`')) return null;
    // Globs, tilde and brace words mean something to the shell; keep those in shell form.
    if (/[*?[\]{}]/.test(raw) && !/^'[^']*'$|^"[^"$`\\]*"$/.test(raw)) return null;
    if (raw.startsWith('~') || raw.includes('#')) return null;
    values.push(w.value);
  }
  const start = cmd.words[0].span.start;
  const end = cmd.words[cmd.words.length - 1].span.end;
  // Only the command itself may sit between its first and last word (continuations are fine).
  const between = file.text.slice(start, end);
  if (between.includes('#')) return null;
  return { text: `[${values.map((v) => JSON.stringify(v)).join(', ')}]`, start, end };
}

/**
 * Where the command of a RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD starts and whether it is in exec form,
 * read as the builder reads it: continuation lines joined first, then a JSON array of strings.
 */
export function commandForm(file: DockerfileModel, ins: DfInstruction): { span: Span; exec: boolean } | null {
  let start: number;
  if (ins.keyword === 'HEALTHCHECK') {
    const k = ins.args.findIndex((a) => a.value.toUpperCase() === 'CMD');
    if (k < 0 || k + 1 >= ins.args.length) return null;
    start = ins.args[k + 1].span.start;
  } else {
    if (!ins.argsSpan) return null;
    start = ins.argsSpan.start;
  }
  const span = { start, end: ins.span.end };
  if (ins.execForm) return { span, exec: true };
  const t = logicalText(file.text, start, ins.span.end, file.escapeChar).text.trim();
  if (!t.startsWith('[')) return { span, exec: false };
  try {
    const v: unknown = JSON.parse(t);
    return { span, exec: Array.isArray(v) && v.every((s) => typeof s === 'string') };
  } catch {
    return { span, exec: false };
  }
}
