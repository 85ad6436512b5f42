// The Dockerfile a build names (or the default `Dockerfile`) is not in its context.
import * as path from 'node:path';
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { effectiveService } from '../project';
import { buildOf, ownServices, projectOf, valueSpan } from './services';

export default defineComposeRule<{ dockerfile: string }>({
  id: 'DockerfileNotFound',
  severity: 'error',
  message: (d) => fill({ en: 'Dockerfile "{dockerfile}" does not exist in the build context.', ru: 'Dockerfile «{dockerfile}» не найден в контексте сборки.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      const b = eff && buildOf(project, eff);
      if (!b || b.inline || !b.dockerfilePath || !b.contextDir || !ctx.ws.exists(b.contextDir)) continue;
      if (ctx.ws.exists(b.dockerfilePath)) continue;
      if (b.dockerfileNode) {
        if (eff!.get(['build', 'dockerfile'])?.part.file.model === ctx.file) ctx.report(valueSpan(ctx.file, b.dockerfileNode), { data: { dockerfile: b.dockerfile ?? '' } });
      } else if (b.contextNode && b.file.model === ctx.file) {
        // The builder also accepts a lower-case `dockerfile` by default.
        if (!ctx.ws.exists(path.join(b.contextDir, 'dockerfile'))) ctx.report(valueSpan(ctx.file, b.contextNode), { data: { dockerfile: 'Dockerfile' } });
      }
    }
  },
});
