// A service compose cannot create: nothing says which image to run or how to build one.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { effectiveService } from '../project';
import { ownServices, projectOf } from './services';

export default defineComposeRule<{ name: string }>({
  id: 'NoImageOrBuild',
  severity: 'error',
  message: (d) => fill({ en: 'Service "{name}" has neither `image`, `build` nor `provider`; add one so compose knows what to run.', ru: 'У сервиса «{name}» нет ни `image`, ни `build`, ни `provider`: добавьте что-то одно, чтобы compose знал, что запускать.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      // An extends we could not follow may bring the image along.
      if (!eff || !eff.complete) continue;
      if (eff.has('image') || eff.has('build') || eff.has('provider')) continue;
      ctx.report(svc.keySpan, { data: { name: svc.key } });
    }
  },
});
