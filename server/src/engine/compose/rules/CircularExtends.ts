// Services that extend each other in a loop, in this file or across `extends.file`.
import * as path from 'node:path';
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get, pairs } from '../model';
import { extendsTarget, type ProjectFile } from '../project';
import { ownServices, projectOf, valueSpan } from './services';

export default defineComposeRule<{ chain: string }>({
  id: 'CircularExtends',
  severity: 'error',
  message: (d) => fill({ en: 'extends forms a cycle: {chain}. A service cannot extend itself, even through others.', ru: 'extends образует цикл: {chain}. Сервис не может расширять сам себя, даже через другие.' }, d),
  check(ctx) {
    const { file, report } = ctx;
    const project = projectOf(ctx);
    const byPath = new Map(project.files.map((f) => [path.resolve(f.path), f]));
    // Follows extends from (file, service) until it ends or comes back to the start.
    const next = (f: ProjectFile, name: string): { file: ProjectFile; name: string } | undefined => {
      const svc = pairs(get(f.model.root, 'services')).find((p) => p.key === name);
      const t = extendsTarget(get(svc?.value, 'extends'));
      if (!t || t.service.includes('$') || (t.file ?? '').includes('$')) return undefined;
      if (!t.file) return { file: f, name: t.service };
      const target = byPath.get(path.resolve(path.dirname(f.path), t.file));
      return target ? { file: target, name: t.service } : undefined;
    };
    const main = project.files[0];
    for (const svc of ownServices(file)) {
      const t = extendsTarget(get(svc.value, 'extends'));
      if (!t) continue;
      const chain = [svc.key];
      const seen = new Set<string>();
      let cur: { file: ProjectFile; name: string } | undefined = { file: main, name: svc.key };
      let cyclic = false;
      for (let i = 0; i < 32; i++) {
        cur = next(cur.file, cur.name);
        if (!cur) break;
        const key = `${cur.file.path}\u0000${cur.name}`;
        chain.push(cur.file === main ? cur.name : `${path.basename(cur.file.path)}:${cur.name}`);
        if (cur.file === main && cur.name === svc.key) {
          cyclic = true;
          break;
        }
        if (seen.has(key)) break;
        seen.add(key);
      }
      if (cyclic) report(valueSpan(file, t.node), { data: { chain: chain.join(' → ') } });
    }
  },
});
