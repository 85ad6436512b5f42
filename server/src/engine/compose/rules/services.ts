// What compose rules ask of a service: its dependencies, mounts, ports, build and image, read from
// the resolved tree in both the short and the long syntax, with spans into the linted text.
import * as path from 'node:path';
import type { CheckContext, ProjectAccess } from '../../rule';
import type { Span } from '../../text';
import type { Workspace } from '../../workspace';
import { get, items, pairs, str, type CMap, type CNode, type CPair, type CScalar, type ComposeModel } from '../model';
import { effectiveService, loadProject, type ComposeProject, type EffectiveService, type ProjectFile } from '../project';
import { interpolate } from '../interpolation';
import type { DockerfileModel } from '../../dockerfile/model';

export type ComposeCtx = Pick<CheckContext<ComposeModel, unknown>, 'file' | 'ws' | 'project'>;

export function projectOf(ctx: { file: ComposeModel; project: ProjectAccess; ws: Workspace }): ComposeProject {
  return loadProject(ctx.file, ctx.project, ctx.ws);
}

/** The services written in the linted file (their pairs), in order. */
export function ownServices(model: ComposeModel): CPair[] {
  return pairs(get(model.root, 'services')).filter((p) => p.value?.type === 'map');
}

/** Where the value of a scalar starts in the text, when the value is written as is (plain or simple quotes). */
function valueStart(model: ComposeModel, node: CScalar): number | undefined {
  const raw = model.text.slice(node.span.start, node.span.end);
  const v = node.value === null ? '' : String(node.value);
  if (raw === v) return node.span.start;
  if (node.quoted && raw.slice(1, -1) === v) return node.span.start + 1;
  return undefined;
}

/** The span of characters [start, end) of a scalar's value in the text; the whole scalar when it cannot be located. */
export function subSpan(model: ComposeModel, node: CNode, start: number, end: number): Span {
  if (node.type !== 'scalar') return node.span;
  const at = valueStart(model, node);
  if (at !== undefined) return { start: at + start, end: at + end };
  const v = String(node.value ?? '');
  const piece = v.slice(start, end);
  const raw = model.text.slice(node.span.start, node.span.end);
  const i = piece ? raw.indexOf(piece) : -1;
  return i >= 0 ? { start: node.span.start + i, end: node.span.start + i + piece.length } : node.span;
}

/** The span of a scalar's value without its quotes. */
export function valueSpan(model: ComposeModel, node: CNode): Span {
  if (node.type !== 'scalar') return node.span;
  return subSpan(model, node, 0, String(node.value ?? '').length);
}

/** A scalar after interpolation with the project's `.env`; undefined when it depends on an unknown variable. */
export function resolved(project: ComposeProject, node: CNode | undefined): string | undefined {
  const s = str(node);
  if (s === undefined) return undefined;
  return s.includes('$') ? interpolate(s, project.envValues) : s;
}

export interface Dependency {
  name: string;
  /** The node naming the dependency (a sequence item, or the key of the long form). */
  span: Span;
  short: boolean;
  condition?: string;
  conditionNode?: CNode;
  required: boolean;
  /** The long-form pair (absent in the short form). */
  pair?: CPair;
  item?: CNode;
}

/** The entries of a `depends_on`, short or long. */
export function dependencies(model: ComposeModel, dependsOn: CNode | undefined): Dependency[] {
  if (!dependsOn) return [];
  if (dependsOn.type === 'seq') {
    return dependsOn.items.flatMap((it) => {
      const name = str(it);
      return name ? [{ name, span: valueSpan(model, it), short: true, required: true, item: it }] : [];
    });
  }
  return pairs(dependsOn).map((p) => {
    const cond = get(p.value, 'condition');
    return {
      name: p.key,
      span: p.keySpan,
      short: false,
      condition: str(cond),
      conditionNode: cond,
      required: str(get(p.value, 'required')) !== 'false',
      pair: p,
    };
  });
}

export type MountKind = 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'image' | 'cluster' | 'anonymous';

export interface Mount {
  kind: MountKind;
  source?: string;
  sourceSpan?: Span;
  target?: string;
  targetSpan?: Span;
  node: CNode;
  /** The source holds a variable compose could not resolve here. */
  unresolved: boolean;
}

/** Whether a short-syntax volume source is a host path rather than a volume name. */
export function isHostPath(source: string): boolean {
  return /^(?:[./~]|\\\\|[A-Za-z]:[\\/])/.test(source) || source.startsWith('$');
}

/** Splits the short volume syntax `SOURCE:TARGET[:MODE]`, minding Windows drive letters. */
export function splitVolume(spec: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === ':' && !(cur.length === 1 && /[A-Za-z]/.test(cur) && /[\\/]/.test(spec[i + 1] ?? ''))) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** The mounts of a service mapping: `volumes` (both syntaxes) and `tmpfs`. */
export function mounts(model: ComposeModel, project: ComposeProject, svc: CNode | null | undefined): Mount[] {
  const out: Mount[] = [];
  for (const v of items(get(svc, 'volumes'))) {
    if (v.type === 'scalar') {
      const raw = str(v);
      if (!raw) continue;
      const value = raw.includes('$') ? interpolate(raw, project.envValues) : raw;
      const unresolved = value === undefined;
      const exact = value === raw;
      const whole = valueSpan(model, v);
      const parts = splitVolume(value ?? raw);
      if (parts.length === 1) {
        out.push({ kind: 'anonymous', target: parts[0], targetSpan: whole, node: v, unresolved });
        continue;
      }
      const [source, target] = parts;
      const rawSource = splitVolume(raw)[0];
      const sourceSpan = exact || unresolved ? subSpan(model, v, 0, rawSource.length) : whole;
      const targetSpan = exact ? subSpan(model, v, source.length + 1, source.length + 1 + target.length) : whole;
      const kind: MountKind = /^(?:\\\\\.\\pipe\\|\/\/\.\/pipe\/)/.test(source) ? 'npipe' : unresolved || isHostPath(source) ? 'bind' : 'volume';
      out.push({ kind, source: unresolved ? rawSource : source, sourceSpan, target, targetSpan, node: v, unresolved });
    } else if (v.type === 'map') {
      const type = str(get(v, 'type')) ?? 'volume';
      const srcNode = get(v, 'source');
      const tgtNode = get(v, 'target');
      const source = resolved(project, srcNode);
      const kind: MountKind = (['bind', 'volume', 'tmpfs', 'npipe', 'image', 'cluster'] as const).find((k) => k === type) ?? 'volume';
      out.push({
        kind: kind === 'volume' && srcNode === undefined ? 'anonymous' : kind,
        source,
        sourceSpan: srcNode ? valueSpan(model, srcNode) : undefined,
        target: resolved(project, tgtNode) ?? str(tgtNode),
        targetSpan: tgtNode ? valueSpan(model, tgtNode) : undefined,
        node: v,
        unresolved: srcNode !== undefined && source === undefined,
      });
    }
  }
  const tmpfs = get(svc, 'tmpfs');
  for (const t of tmpfs?.type === 'seq' ? tmpfs.items : tmpfs ? [tmpfs] : []) {
    const raw = str(t);
    if (!raw) continue;
    const target = raw.split(':')[0];
    out.push({ kind: 'tmpfs', target, targetSpan: subSpan(model, t, 0, target.length), node: t, unresolved: false });
  }
  return out;
}

export interface PortSpec {
  node: CNode;
  hostIp?: string;
  /** Published host ports (empty: a random host port). */
  hostPorts: number[];
  protocol: string;
  long: boolean;
  /** The container port as written. */
  target: string;
}

/** Expands `8000-8002` to its ports (capped, so a huge range stays cheap). */
function range(spec: string): number[] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  if (b < a || b - a > 1024) return undefined;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Parses a short port mapping `[IP:][HOST:]CONTAINER[/PROTO]`; undefined when malformed. */
export function parseShortPort(spec: string): Omit<PortSpec, 'node' | 'long'> | undefined {
  let s = spec.trim();
  let protocol = 'tcp';
  const slash = s.lastIndexOf('/');
  if (slash >= 0) {
    protocol = s.slice(slash + 1).toLowerCase();
    s = s.slice(0, slash);
  }
  let hostIp: string | undefined;
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0) return undefined;
    hostIp = s.slice(1, close);
    s = s.slice(close + 1).replace(/^:/, '');
  }
  const parts = s.split(':');
  if (!hostIp && parts.length > 2) hostIp = parts.splice(0, parts.length - 2).join(':');
  const target = parts[parts.length - 1];
  const host = parts.length === 2 ? parts[0] : '';
  const hostPorts = host ? range(host) : [];
  if (!hostPorts || !range(target)) return undefined;
  return { hostIp: hostIp || undefined, hostPorts, protocol, target };
}

/** The `ports` of a service mapping, both syntaxes, interpolated with `.env` (unknown ones left out). */
export function ports(project: ComposeProject, svc: CNode | null | undefined): PortSpec[] {
  const out: PortSpec[] = [];
  for (const p of items(get(svc, 'ports'))) {
    if (p.type === 'scalar') {
      const v = resolved(project, p);
      const parsed = v === undefined ? undefined : parseShortPort(v);
      if (parsed) out.push({ ...parsed, node: p, long: false });
    } else if (p.type === 'map') {
      const published = resolved(project, get(p, 'published'));
      const target = resolved(project, get(p, 'target'));
      if (target === undefined) continue;
      const hostPorts = published ? range(published) : [];
      if (!hostPorts) continue;
      out.push({ node: p, hostIp: resolved(project, get(p, 'host_ip')) || undefined, hostPorts, protocol: (resolved(project, get(p, 'protocol')) ?? 'tcp').toLowerCase(), long: true, target });
    }
  }
  return out;
}

/** The folder relative paths of a file resolve against: the project folder, or the file's own for included and extended files. */
export function baseDir(project: ComposeProject, file: ProjectFile): string {
  return file.role === 'include' || file.role === 'extends' ? path.dirname(file.path) : project.dir;
}

/** A build context that is not a local folder: Git and HTTP URLs, or another image/service. */
export function isRemoteContext(ctx: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i.test(ctx) || /\.git(?:#.*)?$/.test(ctx);
}

export interface BuildInfo {
  /** The node holding the context (`build: ./x` or `build.context`), absent when it defaults to `.`. */
  contextNode?: CNode;
  /** The context after interpolation; undefined when unknown. */
  context?: string;
  remote: boolean;
  /** Absolute context folder (local contexts). */
  contextDir?: string;
  dockerfileNode?: CNode;
  dockerfile?: string;
  /** Absolute Dockerfile path (local, known). */
  dockerfilePath?: string;
  inline: boolean;
  targetNode?: CNode;
  target?: string;
  file: ProjectFile;
}

/** The build section of an effective service; undefined when it has none. */
export function buildOf(project: ComposeProject, eff: EffectiveService): BuildInfo | undefined {
  const b = eff.get(['build']);
  if (!b) return undefined;
  const isString = b.node.type === 'scalar';
  const ctxHit = isString ? b : eff.get(['build', 'context']);
  const file = ctxHit?.part.file ?? b.part.file;
  const context = ctxHit ? resolved(project, ctxHit.node) : '.';
  const remote = context !== undefined && isRemoteContext(context);
  const contextDir = context !== undefined && !remote ? path.resolve(baseDir(project, file), context) : undefined;
  const dfHit = isString ? undefined : eff.get(['build', 'dockerfile']);
  const dockerfile = dfHit ? resolved(project, dfHit.node) : 'Dockerfile';
  const inline = !isString && !!eff.get(['build', 'dockerfile_inline']);
  const tHit = isString ? undefined : eff.get(['build', 'target']);
  return {
    contextNode: ctxHit?.node,
    context,
    remote,
    contextDir,
    dockerfileNode: dfHit?.node,
    dockerfile,
    dockerfilePath: contextDir && dockerfile !== undefined && !inline ? path.resolve(contextDir, dockerfile) : undefined,
    inline,
    targetNode: tHit?.node,
    target: tHit ? resolved(project, tHit.node) : undefined,
    file,
  };
}

/** The Dockerfile a build uses (when it is readable) and the stage it builds (target, else the last). */
export function builtStage(access: ProjectAccess, build: BuildInfo): { model: DockerfileModel; stage: number } | undefined {
  if (!build.dockerfilePath || build.remote) return undefined;
  const model = access.dockerfile(build.dockerfilePath);
  if (!model || !model.stages.length) return undefined;
  if (build.target === undefined && build.targetNode) return undefined;
  if (build.target !== undefined) {
    const st = model.stages.find((s) => s.name?.toLowerCase() === build.target!.toLowerCase());
    return st ? { model, stage: st.index } : undefined;
  }
  return { model, stage: model.stages.length - 1 };
}

export { effectiveService };
export type { EffectiveService, ComposeProject, CMap };

/** The profiles a service is enabled by (empty: always enabled). */
export function profilesOf(eff: EffectiveService | undefined): string[] {
  return items(eff?.get(['profiles'])?.node).map(str).filter((x): x is string => !!x);
}

/**
 * Whether two services are meant to run at the same time: not when each lives only in profiles
 * the other does not share (`cpu` vs `gpu` variants of one service).
 */
export function canRunTogether(project: ComposeProject, a: string, b: string): boolean {
  const pa = profilesOf(effectiveService(project, a));
  const pb = profilesOf(effectiveService(project, b));
  return !pa.length || !pb.length || pa.some((p) => pb.includes(p));
}
