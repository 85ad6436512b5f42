// The `dockwise/stages` request: what the client's build-target picker and CodeLens show.
import type { Model } from '../engine/index';
import { get, pairs, str } from '../engine/compose/model';

export interface StagesParams {
  uri: string;
}

export interface StageInfo {
  name: string | null;
  index: number;
  baseImage: string;
  line: number;
  isFinal: boolean;
}

export interface BuildArgInfo {
  name: string;
  defaultValue: string | null;
  line: number;
  global: boolean;
}

export interface ComposeServiceInfo {
  name: string;
  line: number;
  target: string | null;
  dockerfile: string | null;
  context: string | null;
}

export type StagesResult = { stages: StageInfo[]; args: BuildArgInfo[] } | { services: ComposeServiceInfo[] };

export function stagesOf(model: Model): StagesResult {
  if (model.kind === 'compose') return { services: composeServices(model) };
  const stages = model.stages.map((s, i) => ({
    name: s.name,
    index: s.index,
    baseImage: s.image ?? '',
    line: s.from.startLine,
    isFinal: i === model.stages.length - 1,
  }));
  const args: BuildArgInfo[] = [];
  const seen = new Set<string>();
  for (const ins of model.instructions) {
    if (ins.keyword !== 'ARG') continue;
    for (const a of ins.args) {
      const eq = a.value.indexOf('=');
      const name = eq >= 0 ? a.value.slice(0, eq) : a.value;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      args.push({ name, defaultValue: eq >= 0 ? unquote(a.value.slice(eq + 1)) : null, line: ins.startLine, global: ins.stageIndex < 0 });
    }
  }
  return { stages, args };
}

function unquote(v: string): string {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

function composeServices(model: Extract<Model, { kind: 'compose' }>): ComposeServiceInfo[] {
  return pairs(get(model.root, 'services')).map((svc) => {
    const build = get(svc.value, 'build');
    return {
      name: svc.key,
      line: model.doc.positionAt(svc.keySpan.start).line,
      target: str(get(build, 'target')) ?? null,
      dockerfile: str(get(build, 'dockerfile')) ?? null,
      context: (build?.type === 'scalar' ? str(build) : str(get(build, 'context'))) ?? null,
    };
  });
}
