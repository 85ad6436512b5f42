// Every RUN is a layer; consecutive RUNs doing one job are one layer when chained with `&&`.
import { defineDockerfileRule } from '../../rule';
import { edit, type TextEdit } from '../../text';
import type { DfInstruction, DockerfileModel } from '../model';
import { shellOf } from '../shell';
import { continuationIndent, topLevel } from '../runEdits';

/** Commands whose effect outlives them in a shell: joined RUNs would carry it into the next part. */
const STATEFUL = new Set(['cd', 'pushd', 'popd', 'export', 'source', '.', 'set', 'umask', 'alias', 'unset', 'shopt', 'ulimit', 'trap', 'exec', 'exit', 'return']);

function flagsText(file: DockerfileModel, ins: DfInstruction): string {
  return ins.flags.map((f) => file.text.slice(f.span.start, f.span.end)).sort().join(' ');
}

/** The text between the two RUNs, kept as comment lines of the joined instruction; null when unsafe. */
function joinEdit(file: DockerfileModel, first: DfInstruction, second: DfInstruction): TextEdit | null {
  const a = shellOf(file, first);
  const b = shellOf(file, second);
  if (!a || !b || a.execForm || b.execForm || first.heredocs.length || second.heredocs.length || !second.argsSpan) return null;
  const top = topLevel(a);
  const last = top[top.length - 1];
  if (!last || last.next !== null || !topLevel(b).length) return null;
  if (top.some((c) => STATEFUL.has(c.name) || (c.argv.length === 0 && c.assignments.length > 0))) return null;
  // Anything after the last command (a trailing `# comment`, a `&`) would swallow or change the join.
  if (file.text.slice(last.span.end, first.span.end).trim() !== '') return null;
  const eol = file.doc.eol;
  const comments: string[] = [];
  for (let l = first.endLine + 1; l < second.startLine; l++) {
    const t = file.doc.lineText(l);
    if (t.trim().startsWith('#')) comments.push(t);
  }
  const indent = first.endLine > first.startLine ? continuationIndent(file, first) : second.endLine > second.startLine ? continuationIndent(file, second) : '    ';
  const text = ` && ${file.escapeChar}${eol}${comments.map((c) => c + eol).join('')}${indent}`;
  return edit.replace({ start: last.span.end, end: second.argsSpan.start }, text);
}

export default defineDockerfileRule<{ first: number; second: number }>({
  id: 'ConsecutiveRunInstructions',
  severity: 'info',
  aliases: { hadolint: ['DL3059'] },
  message: {
    en: 'Consecutive RUN instructions each make a layer. If they are one step, join them with `&& \\`.',
    ru: 'Каждый из идущих подряд RUN создаёт свой слой. Если это один шаг, объедините их через `&& \\`.',
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const list = stage.instructions;
      for (let k = 1; k < list.length; k++) {
        const prev = list[k - 1];
        const cur = list[k];
        if (prev.keyword !== 'RUN' || cur.keyword !== 'RUN') continue;
        // Different mounts, network or security mean different environments: not one step.
        if (flagsText(file, prev) !== flagsText(file, cur)) continue;
        report(cur.keywordSpan, { data: { first: prev.index, second: cur.index } });
      }
    }
  },
  fix: {
    title: { en: 'Join with the RUN above', ru: 'Объединить с RUN выше' },
    edits: ({ file, data }) => {
      const a = file.instructions[data.first];
      const b = file.instructions[data.second];
      const e = a && b ? joinEdit(file, a, b) : null;
      return e ? [e] : null;
    },
  },
});
