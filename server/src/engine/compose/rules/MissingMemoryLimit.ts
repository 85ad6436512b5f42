// A service with no memory limit can take the host's memory until the OOM killer picks a victim
// (the notes: always set one in production). Off by default.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { getIn } from '../model';
import { effectiveService } from '../project';
import { ownServices, projectOf } from './services';
import { appendToMap, isFlow } from './yamlEdit';

export default defineComposeRule<{ service: string }>({
  id: 'MissingMemoryLimit',
  severity: 'off',
  message: (d) => fill({ en: 'Service "{service}" has no memory limit (mem_limit or deploy.resources.limits.memory); set one so a leak cannot starve the host.', ru: 'У сервиса «{service}» нет лимита памяти (mem_limit или deploy.resources.limits.memory): задайте его, чтобы утечка не оставила хост без памяти.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      if (!eff || !eff.complete || eff.has('mem_limit') || eff.get(['deploy', 'resources', 'limits', 'memory'])) continue;
      ctx.report(svc.keySpan, { data: { service: svc.key } });
    }
  },
  fix: {
    title: { en: 'Add mem_limit: 512m (adjust to the service)', ru: 'Добавить mem_limit: 512m (подберите под сервис)' },
    edits: ({ file, data }) => {
      const svc = ownServices(file).find((s) => s.key === data.service);
      if (!svc?.value || svc.value.type !== 'map' || isFlow(file, svc.value)) return null;
      // Where deploy.resources.limits already exists, the memory goes next to the CPU limit.
      const limits = getIn(svc.value, ['deploy', 'resources', 'limits']);
      const e = limits?.type === 'map' && !isFlow(file, limits) ? appendToMap(file, limits, ['memory: 512M']) : appendToMap(file, svc.value, ['mem_limit: 512m']);
      return e ? [e] : null;
    },
  },
});
