// A secret or config read from a `file:` that is not there: the service using it cannot start.
import * as path from 'node:path';
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get, pairs } from '../model';
import { projectOf, resolved, valueSpan } from './services';

export default defineComposeRule<{ file: string; kind: string }>({
  id: 'SecretFileNotFound',
  severity: 'warning',
  message: (d) => fill({ en: 'The file "{file}" of this {kind} does not exist; create it (and keep it out of Git) before starting the project.', ru: 'Файл «{file}» для этого {kindRu} не существует: создайте его (и не добавляйте в Git) до запуска проекта.' }, { file: d.file, kind: d.kind, kindRu: d.kind === 'secret' ? 'секрета' : 'конфига' }),
  check(ctx) {
    const project = projectOf(ctx);
    for (const section of ['secrets', 'configs']) {
      for (const def of pairs(get(ctx.file.root, section))) {
        const node = get(def.value, 'file');
        const p = resolved(project, node);
        if (!node || p === undefined) continue;
        if (!ctx.ws.exists(path.resolve(project.dir, p))) ctx.report(valueSpan(ctx.file, node), { data: { file: p, kind: section.slice(0, -1) } });
      }
    }
  },
});
