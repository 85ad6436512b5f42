// Two mounts on one path inside a container: the engine refuses to create it.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { mounts, ownServices, projectOf } from './services';

export default defineComposeRule<{ target: string; service: string }>({
  id: 'DuplicateMountTarget',
  severity: 'error',
  message: (d) => fill({ en: 'Service "{service}" mounts two things at "{target}"; each mount needs its own target.', ru: 'Сервис «{service}» монтирует два источника в «{target}»: у каждого монтирования должна быть своя цель.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    for (const svc of ownServices(ctx.file)) {
      const seen = new Set<string>();
      for (const m of mounts(ctx.file, project, svc.value)) {
        if (!m.target || m.target.includes('$')) continue;
        const t = m.target.replace(/\/+$/, '') || '/';
        if (seen.has(t)) ctx.report(m.targetSpan ?? m.node.span, { data: { target: t, service: svc.key } });
        seen.add(t);
      }
    }
  },
});
