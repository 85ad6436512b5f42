// A top-level network, volume, secret or config that no service of the project uses.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get, pairs } from '../model';
import { effectiveService } from '../project';
import { projectOf } from './services';
import { resourceUses, type ResourceKind } from './resources';
import { removePair } from './yamlEdit';

const KINDS: Array<{ kind: ResourceKind; en: string; ru: string }> = [
  { kind: 'networks', en: 'Network', ru: 'Сеть' },
  { kind: 'volumes', en: 'Volume', ru: 'Том' },
  { kind: 'secrets', en: 'Secret', ru: 'Секрет' },
  { kind: 'configs', en: 'Config', ru: 'Конфиг' },
];

export default defineComposeRule<{ kind: ResourceKind; name: string; what: string; whatRu: string }>({
  id: 'UnusedResource',
  severity: 'hint',
  tags: ['unnecessary'],
  message: (d) => {
    const fem = d.kind === 'networks';
    return fill(
      { en: '{what} "{name}" is declared but no service uses it; remove it or use it.', ru: '{whatRu} «{name}» {decl}, но ни один сервис {pron} не использует: удалите объявление или подключите {pron} к сервису.' },
      { name: d.name, what: d.what, whatRu: d.whatRu, decl: fem ? 'объявлена' : 'объявлен', pron: fem ? 'её' : 'его' },
    );
  },
  check(ctx) {
    const { file, report } = ctx;
    const project = projectOf(ctx);
    for (const { kind, en, ru } of KINDS) {
      const declared = pairs(get(file.root, kind)).filter((p) => !p.merged);
      if (!declared.length) continue;
      const used = new Set<string>();
      let unknown = false;
      for (const name of project.services.keys()) {
        const eff = effectiveService(project, name);
        if (!eff) continue;
        if (!eff.complete) unknown = true;
        for (const part of eff.parts) {
          const r = resourceUses(file, project, part.map, kind);
          if (r.unknown) unknown = true;
          for (const u of r.uses) used.add(u.name);
        }
      }
      // A name hidden behind an unknown variable could be any of them: say nothing.
      if (unknown) continue;
      for (const p of declared) {
        // `default` configures the network every service joins without saying so.
        if (used.has(p.key) || (kind === 'networks' && p.key === 'default')) continue;
        report(p.keySpan, { data: { kind, name: p.key, what: en, whatRu: ru } });
      }
    }
  },
  fix: {
    title: (d) => ({ en: `Remove the unused declaration "${d.name}"`, ru: `Удалить неиспользуемое объявление «${d.name}»` }),
    edits: ({ file, data, range }) => {
      const pair = pairs(get(file.root, data.kind)).find((p) => p.keySpan.start === range.start && !p.merged);
      const e = pair ? removePair(file, pair) : null;
      return e ? [e] : null;
    },
  },
});
