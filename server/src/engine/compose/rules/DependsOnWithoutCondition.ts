// depends_on a database, cache or broker without a condition: compose waits for the container to
// start, not for the server in it to accept connections (the notes call this a common mistake).
import { defineComposeRule, type FixProposal } from '../../rule';
import { fill } from '../../locale';
import type { TextEdit } from '../../text';
import { get, type CNode } from '../model';
import { effectiveService } from '../project';
import { dependencies, ownServices, projectOf, type ComposeProject } from './services';
import type { ProjectAccess } from '../../rule';
import { serviceImage, storeKind } from './datastores';
import { addHealthcheck, healthOf } from './health';
import { toLongForm } from './dependsOnEdit';
import { appendToMap, isFlow } from './yamlEdit';

interface Data {
  service: string;
  dependency: string;
  kind: string;
}

function storeOf(project: ComposeProject, access: ProjectAccess, name: string): string | undefined {
  const eff = effectiveService(project, name);
  return eff ? storeKind(serviceImage(project, access, eff)?.raw)?.id : undefined;
}

export default defineComposeRule<Data>({
  id: 'DependsOnWithoutCondition',
  severity: 'info',
  message: (d) => fill({ en: '"{dependency}" ({kind}) is only waited for until its container starts, not until it accepts connections. Use `condition: service_healthy` with a healthcheck.', ru: '«{dependency}» ({kind}) ожидается только до запуска контейнера, а не до готовности принимать подключения. Используйте `condition: service_healthy` вместе с healthcheck.' }, { ...d }),
  check(ctx) {
    const project = projectOf(ctx);
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      for (const d of dependencies(ctx.file, get(svc.value, 'depends_on'))) {
        if (d.condition !== undefined || seen.has(d.span.start) || !project.services.has(d.name)) continue;
        const kind = storeOf(project, ctx.project, d.name);
        if (!kind) continue;
        seen.add(d.span.start);
        ctx.report(d.span, { data: { service: svc.key, dependency: d.name, kind } });
      }
    }
  },
  fixes: (ctx) => {
    const { file, data } = ctx;
    const project = projectOf(ctx);
    const svc = ownServices(file).find((s) => s.key === data.service);
    if (!svc?.value) return [];
    const deps = dependencies(file, get(svc.value, 'depends_on'));
    const edits: TextEdit[] = [];
    // Each datastore dependency becomes healthy when it has (or can get) a healthcheck.
    const healthy = new Set<string>();
    for (const d of deps) {
      if (d.condition !== undefined || !storeOf(project, ctx.project, d.name)) continue;
      if (healthOf(project, ctx.project, d.name) === 'yes') healthy.add(d.name);
      else {
        const e = addHealthcheck(file, project, ctx.project, d.name);
        if (e) {
          edits.push(e);
          healthy.add(d.name);
        }
      }
    }
    const condition = (n: string) => `condition: ${healthy.has(n) ? 'service_healthy' : 'service_started'}`;
    const target = deps.find((d) => d.name === data.dependency);
    if (!target) return [];
    if (target.short) {
      const e = toLongForm(file, svc.value, (n) => [condition(n)]);
      if (!e) return [];
      edits.push(e);
    } else {
      // Long form without a condition: add one to each such entry.
      for (const d of deps) {
        if (d.condition !== undefined || !d.pair?.value || d.pair.value.type !== 'map' || isFlow(file, d.pair.value as CNode)) continue;
        if (!storeOf(project, ctx.project, d.name)) continue;
        const e = appendToMap(file, d.pair.value, [condition(d.name)]);
        if (e) edits.push(e);
      }
    }
    if (!edits.length) return [];
    const fix: FixProposal = healthy.has(data.dependency)
      ? { title: { en: `Wait until "${data.dependency}" is healthy (condition: service_healthy)`, ru: `Ждать, пока «${data.dependency}» станет healthy (condition: service_healthy)` }, edits, preferred: true }
      : { title: { en: 'Use the long form with condition: service_started', ru: 'Использовать длинную форму с condition: service_started' }, edits };
    return [fix];
  },
});
