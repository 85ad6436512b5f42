// `condition: service_healthy` on a service that never reports health: compose waits, then fails.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get } from '../model';
import { dependencies, ownServices, projectOf, valueSpan } from './services';
import { addHealthcheck, healthOf } from './health';

export default defineComposeRule<{ dependency: string }>({
  id: 'HealthyDependencyWithoutHealthcheck',
  severity: 'error',
  message: (d) => fill({ en: 'Service "{dependency}" has no healthcheck (in compose or its Dockerfile), so it never becomes healthy and this wait fails. Add a healthcheck to it.', ru: 'У сервиса «{dependency}» нет healthcheck (ни в compose, ни в его Dockerfile): он никогда не станет healthy, и ожидание завершится ошибкой. Добавьте ему healthcheck.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      for (const d of dependencies(ctx.file, get(svc.value, 'depends_on'))) {
        if (d.condition !== 'service_healthy' || !d.conditionNode || seen.has(d.conditionNode.span.start) || !project.services.has(d.name)) continue;
        seen.add(d.conditionNode.span.start);
        const h = healthOf(project, ctx.project, d.name);
        if (h === 'yes') continue;
        // A prebuilt image may carry its own HEALTHCHECK, which we cannot see: only a warning then.
        ctx.report(valueSpan(ctx.file, d.conditionNode), { data: { dependency: d.name }, severity: h === 'no' ? 'error' : 'warning' });
      }
    }
  },
  fix: {
    title: (d) => ({ en: `Add a healthcheck to "${d.dependency}"`, ru: `Добавить healthcheck сервису «${d.dependency}»` }),
    edits: (ctx) => {
      const e = addHealthcheck(ctx.file, projectOf(ctx), ctx.project, ctx.data.dependency);
      return e ? [e] : null;
    },
  },
});
