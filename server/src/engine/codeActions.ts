// The "Ignore RuleId here" and "Ignore RuleId in this file" actions every finding offers.
import type { DockerfileModel } from './dockerfile/model';
import type { ComposeModel } from './compose/model';
import type { FixProposal } from './rule';
import type { Span, TextEdit } from './text';
import { commentOfLine } from './suppressions';

type Model = DockerfileModel | ComposeModel;

function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

/** Adds `id` to a `# dockwise-ignore …` comment on `line`, or inserts one above `anchorLine`. */
function ignoreHere(model: Model, ruleId: string, anchorLine: number): TextEdit {
  const doc = model.doc;
  const above = anchorLine > 0 ? commentOfLine(doc, anchorLine - 1) : null;
  if (above !== null && /^\s*dockwise-ignore\s+\S/i.test(above)) {
    return { start: doc.lineEnd(anchorLine - 1), end: doc.lineEnd(anchorLine - 1), newText: `, ${ruleId}` };
  }
  const start = doc.lineStart(anchorLine);
  return { start, end: start, newText: `${indentOf(doc.lineText(anchorLine))}# dockwise-ignore ${ruleId}${doc.eol}` };
}

/** Extends the file's `# check=` directive, or adds one at the top (Dockerfile); compose gets `# dockwise-ignore-file`. */
function ignoreFile(model: Model, ruleId: string): TextEdit {
  const doc = model.doc;
  if (model.kind === 'dockerfile') {
    const check = model.directives.find((d) => d.name === 'check');
    if (check) {
      const value = check.value;
      const skip = /(^|;)(\s*skip\s*=\s*)([^;]*)/i.exec(value);
      if (skip) {
        const listEnd = check.valueSpan.start + skip.index + skip[1].length + skip[2].length + skip[3].trimEnd().length;
        return { start: listEnd, end: listEnd, newText: skip[3].trim() ? `,${ruleId}` : ruleId };
      }
      const end = check.valueSpan.end;
      return { start: end, end, newText: `${value.trim() ? ';' : ''}skip=${ruleId}` };
    }
    const last = model.directives[model.directives.length - 1];
    const at = last ? doc.lineEndWithBreak(last.line) : 0;
    const prefix = last && at === doc.text.length && !/\r?\n$/.test(doc.text) ? doc.eol : '';
    return { start: at, end: at, newText: `${prefix}# check=skip=${ruleId}${doc.eol}` };
  }
  for (let l = 0; l < doc.lineCount; l++) {
    const c = commentOfLine(doc, l);
    if (c === null) break;
    if (/^\s*dockwise-ignore-file\s+\S/i.test(c)) return { start: doc.lineEnd(l), end: doc.lineEnd(l), newText: `, ${ruleId}` };
  }
  return { start: 0, end: 0, newText: `# dockwise-ignore-file ${ruleId}${doc.eol}` };
}

export function ignoreFixes(model: Model, ruleId: string, range: Span): FixProposal[] {
  let anchorLine = model.doc.positionAt(range.start).line;
  if (model.kind === 'dockerfile') {
    const ins = model.instructionAt(range.start);
    if (ins) anchorLine = ins.startLine;
  }
  return [
    {
      title: { en: `Ignore ${ruleId} here`, ru: `Игнорировать ${ruleId} здесь` },
      edits: [ignoreHere(model, ruleId, anchorLine)],
    },
    {
      title: { en: `Ignore ${ruleId} in this file`, ru: `Игнорировать ${ruleId} во всём файле` },
      edits: [ignoreFile(model, ruleId)],
    },
  ];
}
