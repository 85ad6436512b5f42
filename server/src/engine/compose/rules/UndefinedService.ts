// A service reference (depends_on, links, extends, volumes_from, service:X modes) that names no service of the project.
import * as path from 'node:path';
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { suggest, didYouMeanFixes } from '../../suggest';
import type { Span } from '../../text';
import { get, items, pairs, str } from '../model';
import { extendsTarget } from '../project';
import { dependencies, ownServices, projectOf, subSpan, valueSpan } from './services';

interface Data {
  name: string;
  candidates: string[];
}

export default defineComposeRule<Data>({
  id: 'UndefinedService',
  severity: 'error',
  message: (d) =>
    fill(
      { en: 'Service "{name}" is not defined in this project.{hint}', ru: 'Сервис «{name}» не определён в этом проекте.{hintRu}' },
      {
        name: d.name,
        hint: d.candidates.length ? ` Did you mean "${d.candidates[0]}"?` : '',
        hintRu: d.candidates.length ? ` Возможно, имелся в виду «${d.candidates[0]}»?` : '',
      },
    ),
  check(ctx) {
    const { file, report } = ctx;
    const project = projectOf(ctx);
    const known = [...project.services.keys()];
    const flag = (name: string, span: Span, pool: string[] = known) => {
      if (name.includes('$') || pool.includes(name)) return;
      report(span, { data: { name, candidates: suggest(name, pool) } });
    };
    const seen = new Set<number>();
    for (const svc of ownServices(file)) {
      const s = svc.value;
      for (const d of dependencies(file, get(s, 'depends_on'))) {
        if (!d.required || seen.has(d.span.start)) continue;
        seen.add(d.span.start);
        flag(d.name, d.span);
      }
      for (const l of items(get(s, 'links'))) {
        const v = str(l);
        if (!v || seen.has(l.span.start)) continue;
        seen.add(l.span.start);
        const name = v.split(':')[0];
        flag(name, subSpan(file, l, 0, name.length));
      }
      for (const vf of items(get(s, 'volumes_from'))) {
        const v = str(vf);
        if (!v || v.startsWith('container:') || seen.has(vf.span.start)) continue;
        seen.add(vf.span.start);
        const name = v.split(':')[0];
        flag(name, subSpan(file, vf, 0, name.length));
      }
      for (const key of ['network_mode', 'ipc', 'pid']) {
        const n = get(s, key);
        const v = str(n);
        if (!n || !v?.startsWith('service:') || seen.has(n.span.start)) continue;
        seen.add(n.span.start);
        flag(v.slice(8), subSpan(file, n, 8, v.length));
      }
      const ext = extendsTarget(get(s, 'extends'));
      if (ext && !seen.has(ext.node.span.start)) {
        seen.add(ext.node.span.start);
        if (ext.file) {
          if (ext.file.includes('$')) continue;
          const target = project.files.find((f) => path.resolve(f.path) === path.resolve(path.dirname(file.path), ext.file!));
          // A missing extends file is another problem; only a loaded file can be searched.
          if (target) flag(ext.service, valueSpan(file, ext.node), pairs(get(target.model.root, 'services')).map((p) => p.key));
        } else {
          const local = pairs(get(file.root, 'services')).map((p) => p.key);
          flag(ext.service, valueSpan(file, ext.node), [...new Set([...local, ...known])]);
        }
      }
    }
  },
  fixes: ({ data, range }) => didYouMeanFixes(data.candidates, range),
});
