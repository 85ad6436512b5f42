// BuildKit's UndefinedVar: a `$VAR` the builder expands (not RUN/CMD/ENTRYPOINT shell text) that no
// ARG or ENV in scope defines. A global ARG must be redeclared in the stage to be seen there.
import { defineDockerfileRule } from '../../rule';
import { edit, type Span } from '../../text';
import { baseImageEnv, variableIndex } from '../variables';
import { didYouMeanFixes, suggest } from '../../suggest';

interface Data {
  name: string;
  nameSpan: Span;
  candidates: string[];
  /** Set when a global ARG of that name exists: the fix redeclares it after the stage's FROM. */
  redeclareAt: number | null;
}

export default defineDockerfileRule<Data>({
  id: 'UndefinedVar',
  severity: 'warning',
  message: (d) =>
    d.redeclareAt !== null
      ? {
          en: `"$${d.name}" is a global ARG, which a stage does not see; redeclare it with "ARG ${d.name}" in this stage.`,
          ru: `«$${d.name}» — глобальный ARG, а стадия его не видит; объявите его заново в этой стадии: «ARG ${d.name}».`,
        }
      : {
          en: `"$${d.name}" is not defined by any ARG or ENV in scope and expands to an empty string${d.candidates.length ? ` (did you mean $${d.candidates[0]}?)` : ''}.`,
          ru: `«$${d.name}» не задан ни одним ARG или ENV в области видимости и раскроется в пустую строку${d.candidates.length ? ` (может быть, $${d.candidates[0]}?)` : ''}.`,
        },
  check({ file, report }) {
    const idx = variableIndex(file);
    const envs = new Map<number, readonly string[] | null>();
    for (const ins of file.instructions) {
      if (ins.stageIndex < 0 || ins.keyword === 'FROM') continue;
      for (const r of idx.refs(ins)) {
        if (!r.checked || idx.lookup(r.name, ins, r.span.start)) continue;
        if (!envs.has(ins.stageIndex)) envs.set(ins.stageIndex, baseImageEnv(file, ins.stageIndex));
        const imageEnv = envs.get(ins.stageIndex)!;
        if (imageEnv?.includes(r.name)) continue;
        const global = idx.globalArg(r.name);
        const candidates = suggest(r.name, [...idx.visibleNames(ins, r.span.start), ...(imageEnv ?? [])], { ignoreCase: false });
        // An image we do not know may set the variable itself: speak only when the intent is clear.
        if (imageEnv === null && !global && candidates.length === 0) continue;
        report(r.span, {
          data: { name: r.name, nameSpan: r.nameSpan, candidates, redeclareAt: global ? file.stages[ins.stageIndex].from.span.end : null },
        });
      }
    }
  },
  fixes({ file, data }) {
    const out = didYouMeanFixes(data.candidates, data.nameSpan);
    if (data.redeclareAt !== null) {
      const from = file.instructionAt(data.redeclareAt);
      const kw = from && from.keywordRaw === from.keywordRaw.toLowerCase() ? 'arg' : 'ARG';
      out.unshift({
        title: { en: `Redeclare the global ARG ${data.name} in this stage`, ru: `Объявить глобальный ARG ${data.name} в этой стадии` },
        edits: [edit.insert(data.redeclareAt, `${file.doc.eol}${kw} ${data.name}`)],
        preferred: true,
      });
    }
    return out;
  },
});
