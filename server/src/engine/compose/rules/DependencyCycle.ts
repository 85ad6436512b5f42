// depends_on edges that close a loop: compose cannot pick a start order and refuses the project.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get } from '../model';
import { effectiveService } from '../project';
import { dependencies, ownServices, projectOf } from './services';

/** The shortest path from `from` to `to` in a graph, or undefined. */
export function pathBetween(graph: Map<string, string[]>, from: string, to: string): string[] | undefined {
  const prev = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const cur = queue.shift()!;
    if (cur === to) {
      const out: string[] = [];
      for (let n: string | null | undefined = cur; n != null; n = prev.get(n)) out.unshift(n);
      return out;
    }
    for (const next of graph.get(cur) ?? []) {
      if (!prev.has(next)) {
        prev.set(next, cur);
        queue.push(next);
      }
    }
  }
  return undefined;
}

export default defineComposeRule<{ chain: string }>({
  id: 'DependencyCycle',
  severity: 'error',
  message: (d) => fill({ en: 'depends_on forms a cycle: {chain}. Break one of these dependencies.', ru: 'depends_on образует цикл: {chain}. Уберите одну из этих зависимостей.' }, d),
  check(ctx) {
    const { file, report } = ctx;
    const project = projectOf(ctx);
    const graph = new Map<string, string[]>();
    for (const name of project.services.keys()) {
      const deps = new Set<string>();
      for (const part of effectiveService(project, name)?.parts ?? []) for (const d of dependencies(file, get(part.map, 'depends_on'))) deps.add(d.name);
      graph.set(name, [...deps]);
    }
    const seen = new Set<number>();
    for (const svc of ownServices(file)) {
      for (const d of dependencies(file, get(svc.value, 'depends_on'))) {
        if (seen.has(d.span.start)) continue;
        const back = pathBetween(graph, d.name, svc.key);
        if (!back) continue;
        seen.add(d.span.start);
        report(d.span, { data: { chain: [svc.key, ...back].join(' → ') } });
      }
    }
  },
});
