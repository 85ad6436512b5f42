// `ports` on a service that shares the host's network: there is nothing to publish, compose refuses or ignores them.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { pairOf } from '../model';
import { effectiveService } from '../project';
import { ownServices, projectOf, resolved } from './services';
import { removePair } from './yamlEdit';

export default defineComposeRule<{ service: string }>({
  id: 'PortsWithHostNetwork',
  severity: 'error',
  message: (d) => fill({ en: 'Service "{service}" uses network_mode: host, so `ports` cannot apply: the container already listens on the host. Remove them.', ru: 'Сервис «{service}» использует network_mode: host, поэтому `ports` не действуют: контейнер и так слушает порты хоста. Удалите их.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      if (resolved(project, eff?.get(['network_mode'])?.node) !== 'host') continue;
      const p = pairOf(svc.value, 'ports');
      if (p && p.value?.type === 'seq' && p.value.items.length) ctx.report(p.keySpan, { data: { service: svc.key } });
    }
  },
  fix: {
    title: { en: 'Remove `ports`', ru: 'Удалить `ports`' },
    edits: ({ file, range }) => {
      for (const svc of ownServices(file)) {
        const p = pairOf(svc.value, 'ports');
        if (p && p.keySpan.start === range.start) {
          const e = removePair(file, p);
          return e ? [e] : null;
        }
      }
      return null;
    },
  },
});
