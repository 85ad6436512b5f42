// `ENV A=1 B=$A`: every value on one ENV line is expanded with the variables as they were before
// the line, so B does not get the A set beside it.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { properties } from '../syntax';

export default defineDockerfileRule<{ name: string }>({
  id: 'EnvSelfReference',
  severity: 'error',
  aliases: { hadolint: ['DL3044'] },
  message: (d) =>
    fill(
      {
        en: '${name} is set on this same ENV line, but values here still see the old {name} (empty, as nothing set it before). Set {name} in an ENV above.',
        ru: '${name} задаётся в этой же строке ENV, но значения здесь видят прежнее {name} (пустое — раньше его никто не задавал). Задайте {name} в ENV выше.',
      },
      d,
    ),
  check({ file, report }) {
    // Names set earlier anywhere in the file: a reference to them is deliberate (`ENV PATH=/x:$PATH`).
    const known = new Set<string>();
    for (const ins of file.instructions) {
      if (ins.keyword === 'ARG') {
        for (const a of ins.args) known.add(a.value.split('=')[0]);
        continue;
      }
      if (ins.keyword !== 'ENV') continue;
      const props = properties(file, ins);
      const setHere: string[] = [];
      for (const p of props) {
        if (p.valueSpan) {
          const raw = file.text.slice(p.valueSpan.start, p.valueSpan.end);
          for (const name of setHere) {
            const n = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
            if (known.has(name)) continue;
            const re = new RegExp(`(?<!\\\\)\\$(?:\\{${n}(?=[}:#%/+?-])[^}]*\\}|${n}(?![A-Za-z0-9_]))`, 'g');
            for (const m of raw.matchAll(re)) {
              // Inside single quotes nothing is expanded.
              if ((raw.slice(0, m.index).match(/'/g) ?? []).length % 2 === 1) continue;
              report({ start: p.valueSpan.start + m.index!, end: p.valueSpan.start + m.index! + m[0].length }, { data: { name } });
            }
          }
        }
        setHere.push(p.name);
      }
      for (const p of props) known.add(p.name);
    }
  },
});
