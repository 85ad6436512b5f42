// An `env_file` that does not exist and is not marked `required: false`: compose stops.
import * as path from 'node:path';
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get, str, type CNode } from '../model';
import { ownServices, projectOf, resolved, valueSpan } from './services';

export default defineComposeRule<{ file: string }>({
  id: 'EnvFileNotFound',
  severity: 'error',
  message: (d) => fill({ en: 'env_file "{file}" does not exist; create it or mark it `required: false`.', ru: 'Файл env_file «{file}» не существует: создайте его или пометьте `required: false`.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    for (const svc of ownServices(ctx.file)) {
      const ef = get(svc.value, 'env_file');
      const entries: CNode[] = ef?.type === 'seq' ? ef.items : ef ? [ef] : [];
      for (const e of entries) {
        const node = e.type === 'map' ? get(e, 'path') : e;
        if (!node || (e.type === 'map' && str(get(e, 'required')) === 'false')) continue;
        const p = resolved(project, node);
        if (p === undefined) continue;
        if (!ctx.ws.exists(path.resolve(project.dir, p))) ctx.report(valueSpan(ctx.file, node), { data: { file: p } });
      }
    }
  },
});
