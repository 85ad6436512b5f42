// Two services asking for the same container name: the second container cannot be created.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { effectiveService } from '../project';
import { canRunTogether, ownServices, projectOf, resolved, valueSpan } from './services';

export default defineComposeRule<{ name: string; other: string }>({
  id: 'DuplicateContainerName',
  severity: 'error',
  message: (d) => fill({ en: 'Container name "{name}" is also used by service "{other}"; container names must be unique.', ru: 'Имя контейнера «{name}» уже занято сервисом «{other}»: имена контейнеров должны быть уникальны.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    const owners = new Map<string, string[]>();
    for (const name of project.services.keys()) {
      const cn = resolved(project, effectiveService(project, name)?.get(['container_name'])?.node);
      if (cn) owners.set(cn, [...(owners.get(cn) ?? []), name]);
    }
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      const hit = eff?.get(['container_name']);
      if (!hit || hit.part.file.model !== ctx.file) continue;
      const cn = resolved(project, hit.node);
      const others = (owners.get(cn ?? '') ?? []).filter((o) => o !== svc.key && canRunTogether(project, svc.key, o));
      // One anchored container_name shared by several services is one finding.
      if (cn && others.length && !seen.has(hit.node.span.start) && seen.add(hit.node.span.start)) ctx.report(valueSpan(ctx.file, hit.node), { data: { name: cn, other: others[0] } });
    }
  },
});
