// A long-running service with no restart policy stays down after a crash or a host reboot. Off by default.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get, str } from '../model';
import { effectiveService } from '../project';
import { dependencies, ownServices, projectOf } from './services';
import { appendToMap, isFlow } from './yamlEdit';

export default defineComposeRule<{ service: string }>({
  id: 'MissingRestartPolicy',
  severity: 'off',
  message: (d) => fill({ en: 'Service "{service}" has no restart policy, so it stays down after a crash or a reboot; add `restart: unless-stopped`.', ru: 'У сервиса «{service}» нет политики перезапуска: после сбоя или перезагрузки он останется остановленным. Добавьте `restart: unless-stopped`.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    // One-off jobs: what others wait to complete is not meant to run forever.
    const jobs = new Set<string>();
    for (const name of project.services.keys()) {
      for (const part of effectiveService(project, name)?.parts ?? []) {
        for (const d of dependencies(ctx.file, get(part.map, 'depends_on'))) if (d.condition === 'service_completed_successfully') jobs.add(d.name);
      }
    }
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      if (!eff || !eff.complete || jobs.has(svc.key) || eff.has('restart') || eff.get(['deploy', 'restart_policy'])) continue;
      // A service started only on demand through a profile is a tool, not a daemon.
      if (eff.get(['profiles'])) continue;
      if (str(eff.get(['scale'])?.node) === '0') continue;
      ctx.report(svc.keySpan, { data: { service: svc.key } });
    }
  },
  fix: {
    title: { en: 'Add restart: unless-stopped', ru: 'Добавить restart: unless-stopped' },
    edits: ({ file, data }) => {
      const svc = ownServices(file).find((s) => s.key === data.service);
      if (!svc?.value || svc.value.type !== 'map' || isFlow(file, svc.value)) return null;
      const e = appendToMap(file, svc.value, ['restart: unless-stopped']);
      return e ? [e] : null;
    },
  },
});
