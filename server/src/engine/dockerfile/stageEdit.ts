// Where new instructions go in a stage, and how they are written so they match the file
// (indentation, line endings): before the stage's start command, after everything that builds.
import type { DfStage, DockerfileModel } from './model';
import { edit, type TextEdit } from '../text';

/** Instructions that only describe how the container starts; new build steps go above them. */
const START_KEYWORDS = new Set(['CMD', 'ENTRYPOINT']);

/**
 * An edit inserting `lines` into a stage: before its first CMD/ENTRYPOINT that follows every
 * instruction in `after` (keywords), or after the stage's last instruction.
 */
export function insertInStage(model: DockerfileModel, stage: DfStage, lines: string[], after: readonly string[] = ['RUN', 'USER']): TextEdit {
  const eol = model.doc.eol;
  // Keywords follow the file's casing: a lower-case `from` file gets lower-case instructions.
  if (stage.from.keywordRaw === stage.from.keywordRaw.toLowerCase()) lines = lines.map((l) => l.replace(/^[A-Z]+/, (w) => w.toLowerCase()));
  const list = stage.instructions;
  let floor = 0;
  list.forEach((ins, k) => {
    if (after.includes(ins.keyword)) floor = k + 1;
  });
  const target = list.slice(Math.max(1, floor)).find((ins) => START_KEYWORDS.has(ins.keyword));
  if (target) {
    const lineStart = model.doc.lineStart(target.startLine);
    const indent = /^[ \t]*/.exec(model.doc.lineText(target.startLine))![0];
    return edit.insert(lineStart, lines.map((l) => indent + l + eol).join(''));
  }
  const last = list[list.length - 1];
  const indent = /^[ \t]*/.exec(model.doc.lineText(last.startLine))![0];
  const lineEnd = model.doc.lineEnd(last.endLine);
  const hasBreak = model.doc.lineEndWithBreak(last.endLine) > lineEnd;
  if (hasBreak) return edit.insert(model.doc.lineEndWithBreak(last.endLine), lines.map((l) => indent + l + eol).join(''));
  return edit.insert(lineEnd, lines.map((l) => eol + indent + l).join(''));
}
