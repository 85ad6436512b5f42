// Stages that need each other through `COPY --from` or `RUN --mount=from=`: BuildKit refuses a
// reference to a stage that is defined later, and a cycle can never be built.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { effectiveFlags, flagValue, mountFields } from '../syntax';
import type { DockerfileModel } from '../model';
import type { Span } from '../../text';

interface Data {
  from: string;
  to: string;
  /** Stage names around the cycle, when there is one. */
  chain: string[];
}

interface Ref {
  stage: number;
  target: number;
  span: Span;
  via: 'copy' | 'mount';
}

/** Every reference from a stage to another stage by `--from` (COPY) or mount `from=` (RUN). */
function references(file: DockerfileModel): Ref[] {
  const out: Ref[] = [];
  // Stage indexes by lower-cased name, built once (a scan of every stage per flag is quadratic).
  const byName = new Map<string, number[]>();
  for (const s of file.stages) {
    const key = s.name?.toLowerCase();
    if (key === undefined) continue;
    const list = byName.get(key);
    if (list) list.push(s.index);
    else byName.set(key, [s.index]);
  }
  const resolve = (v: string, cur: number): number | null => {
    if (/^\d+$/.test(v)) return Number(v) < file.stages.length ? Number(v) : null;
    const named = byName.get(v.toLowerCase()) ?? [];
    // With a name defined twice, give the benefit of the doubt to a definition that comes first.
    return named.filter((i) => i < cur).pop() ?? named.find((i) => i >= cur) ?? null;
  };
  for (const st of file.stages) {
    for (const ins of st.instructions) {
      for (const f of effectiveFlags(ins)) {
        if (ins.keyword === 'COPY' && f.name === 'from' && f.valueSpan) {
          const v = flagValue(file.text, f)?.text ?? '';
          const t = resolve(v, st.index);
          if (t !== null) out.push({ stage: st.index, target: t, span: f.valueSpan, via: 'copy' });
        } else if (ins.keyword === 'RUN' && f.name === 'mount') {
          for (const o of mountFields(file.text, f)) {
            if (o.key !== 'from' || !o.value || !o.valueSpan) continue;
            const t = resolve(o.value, st.index);
            if (t !== null) out.push({ stage: st.index, target: t, span: o.valueSpan, via: 'mount' });
          }
        }
      }
    }
  }
  return out;
}

export default defineDockerfileRule<Data>({
  id: 'CircularStageDependency',
  severity: 'error',
  message: (d) =>
    d.chain.length
      ? fill(
          { en: 'Stages depend on each other in a circle: {chain}. Break the cycle.', ru: 'Стадии зависят друг от друга по кругу: {chain}. Разорвите цикл.' },
          { chain: d.chain.join(' → ') },
        )
      : fill(
          {
            en: 'Stage "{to}" is defined after "{from}", which uses it; define it before.',
            ru: 'Стадия «{to}» объявлена после использующей её стадии «{from}»; объявите её раньше.',
          },
          { from: d.from, to: d.to },
        ),
  check({ file, report }) {
    const refs = references(file);
    const name = (i: number) => file.stages[i].name ?? String(i);
    // Edges: a stage needs its FROM parent and every stage it copies or mounts from.
    const needs = new Map<number, number[]>();
    for (const st of file.stages) needs.set(st.index, st.parentStage !== null ? [st.parentStage] : []);
    for (const r of refs) needs.get(r.stage)!.push(r.target);
    const path = (from: number, to: number): number[] | null => {
      // Breadth-first search for a way back from `from` to `to`.
      const prev = new Map<number, number>([[from, -1]]);
      const queue = [from];
      while (queue.length) {
        const cur = queue.shift()!;
        if (cur === to) {
          const out = [cur];
          for (let p = prev.get(cur)!; p !== -1; p = prev.get(p)!) out.unshift(p);
          return out;
        }
        for (const n of needs.get(cur) ?? []) if (!prev.has(n)) (prev.set(n, cur), queue.push(n));
      }
      return null;
    };
    for (const r of refs) {
      // A stage naming itself through COPY --from is CopyFromSelf's to report.
      if (r.target < r.stage) continue;
      if (r.target === r.stage) {
        if (r.via === 'copy') continue;
        report(r.span, { data: { from: name(r.stage), to: name(r.target), chain: [name(r.stage), name(r.stage)] } });
        continue;
      }
      const back = path(r.target, r.stage);
      report(r.span, { data: { from: name(r.stage), to: name(r.target), chain: back ? [name(r.stage), ...back.map(name)] : [] } });
    }
  },
});
