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
  for (let head = 0; head < queue.length; head++) {
    const cur = queue[head];
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

/** Strongly connected components (Tarjan, iterative so 10,000 services do not overflow the stack): node -> component id. */
export function components(graph: Map<string, string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const comp = new Map<string, number>();
  let counter = 0;
  let compId = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1];
      const edges = graph.get(top.node) ?? [];
      if (top.next < edges.length) {
        const w = edges[top.next++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, next: 0 });
        } else if (onStack.has(w)) low.set(top.node, Math.min(low.get(top.node)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.node)!));
      }
      if (low.get(top.node) === index.get(top.node)) {
        for (;;) {
          const w = stack.pop()!;
          onStack.delete(w);
          comp.set(w, compId);
          if (w === top.node) break;
        }
        compId++;
      }
    }
  }
  return comp;
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
    // Only an edge inside one strongly connected component closes a loop; the chain is searched for those alone.
    const comp = components(graph);
    const seen = new Set<number>();
    for (const svc of ownServices(file)) {
      for (const d of dependencies(file, get(svc.value, 'depends_on'))) {
        if (seen.has(d.span.start)) continue;
        if (comp.get(d.name) === undefined || comp.get(d.name) !== comp.get(svc.key)) continue;
        const back = pathBetween(graph, d.name, svc.key);
        if (!back) continue;
        seen.add(d.span.start);
        report(d.span, { data: { chain: [svc.key, ...back].join(' → ') } });
      }
    }
  },
});
