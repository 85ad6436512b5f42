// `network_mode: host`: no network isolation, no service-name DNS, and it only works on Linux hosts.
import { defineComposeRule } from '../../rule';
import { get } from '../model';
import { ownServices, projectOf, resolved, valueSpan } from './services';

export default defineComposeRule({
  id: 'HostNetworkMode',
  severity: 'info',
  message: {
    en: 'network_mode: host shares the host\'s network: no isolation, port clashes with the host, no DNS for other services\' names, and it works only on Linux. Prefer a user-defined network and published ports.',
    ru: 'network_mode: host делит сеть с хостом: нет изоляции, порты конфликтуют с хостом, имена других сервисов не резолвятся, и работает это только в Linux. Лучше пользовательская сеть и публикация портов.',
  },
  check(ctx) {
    const project = projectOf(ctx);
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      const n = get(svc.value, 'network_mode');
      if (!n || seen.has(n.span.start) || resolved(project, n) !== 'host') continue;
      seen.add(n.span.start);
      ctx.report(valueSpan(ctx.file, n));
    }
  },
});
