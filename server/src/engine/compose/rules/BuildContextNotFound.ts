// A local build context folder that does not exist: the build cannot start.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { effectiveService } from '../project';
import { buildOf, ownServices, projectOf, valueSpan } from './services';

export default defineComposeRule<{ context: string }>({
  id: 'BuildContextNotFound',
  severity: 'error',
  message: (d) => fill({ en: 'Build context "{context}" does not exist (paths are relative to the compose file\'s folder).', ru: 'Контекст сборки «{context}» не существует (пути отсчитываются от папки compose-файла).' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      const b = eff && buildOf(project, eff);
      if (!b || !b.contextNode || b.file.model !== ctx.file || b.remote || !b.contextDir) continue;
      if (!ctx.ws.exists(b.contextDir)) ctx.report(valueSpan(ctx.file, b.contextNode), { data: { context: b.context ?? '' } });
    }
  },
});
