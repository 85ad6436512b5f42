// A line whose first word is no Dockerfile instruction: BuildKit stops with "unknown instruction".
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { suggest, didYouMeanFixes, didYouMeanHint } from '../../suggest';
import { INSTRUCTIONS, isInstruction, onbuildTrigger } from '../syntax';
import type { DfInstruction, DockerfileModel } from '../model';

interface Data {
  keyword: string;
  candidates: string[];
  lower: boolean;
  trigger: boolean;
}

/** Heredoc bodies dockerfile-ast misses (`3<<EOF`): BuildKit reads them as text, not instructions. */
function missedHeredocBodies(file: DockerfileModel): Array<{ after: number; until: number }> {
  const out: Array<{ after: number; until: number }> = [];
  for (const ins of file.instructions) {
    if (ins.heredocs.length || !['RUN', 'COPY', 'ADD'].includes(ins.keyword) || ins.execForm) continue;
    for (const a of ins.args) {
      const m = /^\d+<<-?\s*["']?([^<"'\s]+)["']?$/.exec(a.value);
      if (!m) continue;
      let line = ins.endLine + 1;
      while (line < file.doc.lineCount && file.doc.lineText(line).replace(/^\t+/, '') !== m[1]) line++;
      out.push({ after: ins.span.end, until: file.doc.lineEndWithBreak(line) });
      break;
    }
  }
  return out;
}

function check(file: DockerfileModel, ins: DfInstruction, word: { value: string; span: { start: number; end: number } }, trigger: boolean, report: (d: Data) => void) {
  if (isInstruction(word.value)) return;
  const lower = word.value === word.value.toLowerCase() && word.value !== word.value.toUpperCase();
  report({ keyword: word.value, candidates: suggest(word.value.toUpperCase(), INSTRUCTIONS), lower, trigger });
}

export default defineDockerfileRule<Data>({
  id: 'UnknownInstruction',
  severity: 'error',
  message: (d) =>
    d.trigger
      ? fill(
          {
            en: '"{k}" is not a Dockerfile instruction: an image built on this one will fail on this ONBUILD trigger.{hint}',
            ru: '«{k}» — не инструкция Dockerfile: сборка образа на основе этого упадёт на этом триггере ONBUILD.{hintRu}',
          },
          hints(d),
        )
      : fill(
          {
            en: '"{k}" is not a Dockerfile instruction, so the build stops here.{hint}',
            ru: '«{k}» — не инструкция Dockerfile, сборка на этом остановится.{hintRu}',
          },
          hints(d),
        ),
  check({ file, report }) {
    const skipped = missedHeredocBodies(file);
    for (const ins of file.instructions) {
      if (skipped.some((r) => ins.span.start >= r.after && ins.span.start < r.until)) continue;
      check(file, ins, { value: ins.keywordRaw, span: ins.keywordSpan }, false, (data) => report(ins.keywordSpan, { data }));
      const trig = onbuildTrigger(ins);
      if (trig) check(file, ins, trig, true, (data) => report(trig.span, { data, severity: 'warning' }));
    }
  },
  fixes: ({ data, range }) => didYouMeanFixes(data.candidates, range, (c) => (data.lower ? c.toLowerCase() : c)),
});

function hints(d: Data) {
  return { k: d.keyword, ...didYouMeanHint(d.candidates.map((c) => (d.lower ? c.toLowerCase() : c))) };
}
