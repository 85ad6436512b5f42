// `privileged: true` hands the container every capability and switches off seccomp/AppArmor confinement.
import { defineComposeRule } from '../../rule';
import { get } from '../model';
import { ownServices, projectOf, resolved, valueSpan } from './services';

export default defineComposeRule({
  id: 'PrivilegedContainer',
  severity: 'warning',
  message: {
    en: 'privileged: true gives the container all capabilities and turns off seccomp and AppArmor: it can reach the host kernel. Grant only the capabilities it needs with cap_add.',
    ru: 'privileged: true даёт контейнеру все capabilities и отключает seccomp и AppArmor — он получает доступ к ядру хоста. Выдайте только нужные права через cap_add.',
  },
  check(ctx) {
    const project = projectOf(ctx);
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      const n = get(svc.value, 'privileged');
      if (!n || seen.has(n.span.start) || resolved(project, n) !== 'true') continue;
      seen.add(n.span.start);
      ctx.report(valueSpan(ctx.file, n));
    }
  },
});
