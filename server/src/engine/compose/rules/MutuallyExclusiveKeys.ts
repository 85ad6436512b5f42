// Keys compose refuses together: network_mode with networks, dockerfile with dockerfile_inline,
// a secret or config with several sources, container_name on a scaled service.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get, pairOf, pairs, str } from '../model';
import { effectiveService } from '../project';
import { ownServices, projectOf, resolved } from './services';

interface Data {
  a: string;
  b: string;
  where: string;
}

/** The sources a top-level secret or config can have; exactly one is allowed. */
const SOURCES = ['file', 'environment', 'content', 'external'];

export default defineComposeRule<Data>({
  id: 'MutuallyExclusiveKeys',
  severity: 'error',
  message: (d) => fill({ en: '`{a}` and `{b}` cannot be used together in {where}; keep one.', ru: '`{a}` и `{b}` нельзя использовать вместе в {where}: оставьте что-то одно.' }, { ...d }),
  check(ctx) {
    const { file, report } = ctx;
    const project = projectOf(ctx);
    for (const svc of ownServices(file)) {
      const eff = effectiveService(project, svc.key);
      if (!eff) continue;
      const where = `"${svc.key}"`;
      const mine = (key: string) => {
        const p = pairOf(svc.value, key);
        return p && !p.merged ? p : pairOf(svc.value, key);
      };
      if (eff.has('network_mode') && eff.has('networks')) {
        const p = mine('networks') ?? mine('network_mode');
        if (p) report(p.keySpan, { data: { a: 'network_mode', b: 'networks', where } });
      }
      const build = get(svc.value, 'build');
      if (get(build, 'dockerfile') && get(build, 'dockerfile_inline')) {
        report(pairOf(build, 'dockerfile_inline')!.keySpan, { data: { a: 'dockerfile', b: 'dockerfile_inline', where } });
      }
      const cn = eff.get(['container_name']);
      const scaleHit = eff.get(['scale']) ?? eff.get(['deploy', 'replicas']);
      const scale = Number(resolved(project, scaleHit?.node));
      if (cn && scaleHit && scale > 1) {
        const p = cn.part.file.model === file ? mine('container_name') : undefined;
        if (p) report(p.keySpan, { data: { a: 'container_name', b: str(get(svc.value, 'scale')) !== undefined ? 'scale' : 'deploy.replicas', where } });
      }
    }
    for (const section of ['secrets', 'configs']) {
      for (const def of pairs(get(file.root, section))) {
        const present = SOURCES.filter((k) => {
          const v = get(def.value, k);
          return v !== undefined && !(k === 'external' && str(v) === 'false');
        });
        if (present.length > 1) {
          const p = pairOf(def.value, present[1])!;
          report(p.keySpan, { data: { a: present[0], b: present[1], where: `${section}."${def.key}"` } });
        }
      }
    }
  },
});
