// The `dockwise/stages` request: what the client's build-target picker and CodeLens show.
import type { Model } from '../engine/index';

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
  const out: ComposeServiceInfo[] = [];
  const root = model.yaml.contents as unknown as { items?: Array<{ key: { value?: unknown }; value: unknown }> } | null;
  const services = root?.items?.find((p) => p.key?.value === 'services')?.value as
    | { items?: Array<{ key: { value?: unknown; range?: [number, number, number] }; value: unknown }> }
    | undefined;
  for (const pair of services?.items ?? []) {
    const name = String(pair.key?.value ?? '');
    const svc = pair.value as { items?: Array<{ key: { value?: unknown }; value: unknown }> } | null;
    const build = svc?.items?.find((p) => p.key?.value === 'build')?.value as
      | { value?: unknown; items?: Array<{ key: { value?: unknown }; value: { value?: unknown } | null }> }
      | undefined;
    const field = (k: string) => {
      const v = build?.items?.find((p) => p.key?.value === k)?.value?.value;
      return typeof v === 'string' ? v : null;
    };
    out.push({
      name,
      line: model.doc.positionAt(pair.key?.range?.[0] ?? 0).line,
      target: field('target'),
      dockerfile: field('dockerfile'),
      context: typeof build?.value === 'string' ? build.value : field('context'),
    });
  }
  return out;
}
