// `build.target` names no stage of the Dockerfile it builds.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { suggest, didYouMeanFixes } from '../../suggest';
import { effectiveService } from '../project';
import { buildOf, ownServices, projectOf, valueSpan } from './services';

export default defineComposeRule<{ target: string; candidates: string[]; stages: string }>({
  id: 'BuildTargetNotFound',
  severity: 'error',
  message: (d) =>
    d.stages
      ? fill({ en: 'Stage "{target}" is not in the Dockerfile (stages: {stages}).', ru: 'В Dockerfile нет стадии «{target}» (стадии: {stages}).' }, { target: d.target, stages: d.stages })
      : fill({ en: 'Stage "{target}" is not in the Dockerfile: it names no stages (add `AS {target}` to a FROM).', ru: 'В Dockerfile нет стадии «{target}»: ни одна стадия не названа (добавьте `AS {target}` к FROM).' }, { target: d.target }),
  check(ctx) {
    const project = projectOf(ctx);
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      const b = eff && buildOf(project, eff);
      if (!b || b.inline || !b.targetNode || b.target === undefined || !b.dockerfilePath) continue;
      if (eff!.get(['build', 'target'])?.part.file.model !== ctx.file) continue;
      const df = ctx.project.dockerfile(b.dockerfilePath);
      if (!df || !df.stages.length) continue;
      const names = df.stages.map((s) => s.name).filter((n): n is string => !!n);
      if (names.some((n) => n.toLowerCase() === b.target!.toLowerCase())) continue;
      ctx.report(valueSpan(ctx.file, b.targetNode), { data: { target: b.target, candidates: suggest(b.target, names), stages: names.join(', ') } });
    }
  },
  fixes: ({ data, range }) => didYouMeanFixes(data.candidates, range),
});
