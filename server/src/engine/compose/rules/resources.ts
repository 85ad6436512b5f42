// Top-level resources (networks, volumes, secrets, configs): which names services use, and the
// shared check and fix of the Undefined* rules.
import { defineComposeRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import type { Span } from '../../text';
import { get, items, pairs, type CNode, type ComposeModel } from '../model';
import type { ComposeProject } from '../project';
import { mounts, ownServices, projectOf, resolved, valueSpan } from './services';
import { declareTopLevel } from './yamlEdit';

export type ResourceKind = 'networks' | 'volumes' | 'secrets' | 'configs';

export interface ResourceUse {
  name: string;
  span: Span;
}

/** The resources of one kind a service mapping uses; `unknown` is set when a name could not be resolved. */
export function resourceUses(model: ComposeModel, project: ComposeProject, svc: CNode | null | undefined, kind: ResourceKind): { uses: ResourceUse[]; unknown: boolean } {
  const uses: ResourceUse[] = [];
  let unknown = false;
  const add = (node: CNode, name: string | undefined, span: Span) => {
    if (name === undefined) unknown = true;
    else uses.push({ name, span });
  };
  if (kind === 'networks') {
    const n = get(svc, 'networks');
    if (n?.type === 'seq') for (const it of n.items) add(it, resolved(project, it), valueSpan(model, it));
    else for (const p of pairs(n)) add(n!, p.key.includes('$') ? undefined : p.key, p.keySpan);
  } else if (kind === 'volumes') {
    for (const m of mounts(model, project, svc)) {
      if (m.unresolved && m.kind === 'bind' && !(m.source ?? '').startsWith('$')) continue;
      if (m.unresolved) unknown = true;
      else if (m.kind === 'volume' && m.source) add(m.node, m.source, m.sourceSpan ?? m.node.span);
    }
  } else {
    for (const it of items(get(svc, kind))) {
      const src = it.type === 'map' ? get(it, 'source') : it;
      if (src) add(src, resolved(project, src), valueSpan(model, src));
    }
  }
  return { uses, unknown };
}

const NAMES: Record<ResourceKind, { en: string; ru: string; ruAcc: string; declared: string }> = {
  networks: { en: 'Network', ru: 'Сеть', ruAcc: 'сеть', declared: 'объявлена' },
  volumes: { en: 'Volume', ru: 'Том', ruAcc: 'том', declared: 'объявлен' },
  secrets: { en: 'Secret', ru: 'Секрет', ruAcc: 'секрет', declared: 'объявлен' },
  configs: { en: 'Config', ru: 'Конфиг', ruAcc: 'конфиг', declared: 'объявлен' },
};

/** What a new declaration holds: networks and volumes need nothing; secrets and configs a source. */
function declarationBody(kind: ResourceKind, name: string): Array<[string, string]> {
  if (kind === 'networks' || kind === 'volumes') return [];
  return [['environment', JSON.stringify(name.toUpperCase().replace(/[^A-Z0-9_]/g, '_'))]];
}

/** Builds one of UndefinedNetwork / UndefinedVolume / UndefinedSecret / UndefinedConfig. */
export function undefinedResourceRule(id: string, kind: ResourceKind) {
  const n = NAMES[kind];
  const message: Msg = {
    en: `${n.en} "{name}" is used but not declared under top-level \`${kind}\`.`,
    ru: `${n.ru} «{name}» используется, но не ${n.declared} в разделе \`${kind}\` верхнего уровня.`,
  };
  return defineComposeRule<{ name: string }>({
    id,
    severity: 'error',
    message: (d) => fill(message, { name: d.name }),
    check(ctx) {
      const project = projectOf(ctx);
      const declared = project[kind];
      const seen = new Set<number>();
      for (const svc of ownServices(ctx.file)) {
        for (const u of resourceUses(ctx.file, project, svc.value, kind).uses) {
          if (declared.has(u.name) || (kind === 'networks' && u.name === 'default') || seen.has(u.span.start)) continue;
          seen.add(u.span.start);
          ctx.report(u.span, { data: { name: u.name } });
        }
      }
    },
    fix: {
      title: (d) => ({ en: `Declare ${kind.slice(0, -1)} "${d.name}"`, ru: `Объявить ${n.ruAcc} «${d.name}»` }),
      edits: ({ file, data }) => {
        const e = declareTopLevel(file, kind, data.name, declarationBody(kind, data.name));
        return e ? [e] : null;
      },
    },
  });
}

