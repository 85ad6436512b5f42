// Pure helpers of the build-target picker: which stages can be picked and in what order, where a compose
// service's build points, and a default tag. Kept free of `vscode` so they are unit-tested.
import * as path from 'node:path';
import type { ComposeServiceInfo, StageInfo } from './stagesRequest';

export interface PickableStage {
  /** The value for --target; null for an unnamed final stage, which is built without --target. */
  readonly target: string | null;
  readonly stage: StageInfo;
}

/**
 * The final image first, then the named stages in file order. An unnamed stage that is not final
 * cannot be selected by `docker build --target`, so it is left out.
 */
export function pickableStages(stages: readonly StageInfo[]): PickableStage[] {
  const usable = stages.filter((s) => s.isFinal || (s.name !== null && s.name !== ''));
  const ordered = [...usable.filter((s) => s.isFinal), ...usable.filter((s) => !s.isFinal).sort((a, b) => a.index - b.index)];
  return ordered.map((stage) => ({ stage, target: stage.name !== null && stage.name !== '' ? stage.name : null }));
}

export interface ComposeBuild {
  readonly dockerfile: string;
  readonly context: string;
  readonly target: string;
}

/** A remote build context (git URL, http archive) has no local Dockerfile to build from here. */
function isRemoteContext(context: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || context.startsWith('github.com/');
}

/**
 * Where `build.target` of a compose service points: the context relative to the compose file's folder,
 * the Dockerfile relative to the context (compose's own rules), or null when it cannot be built locally.
 */
export function composeBuild(composeFile: string, service: ComposeServiceInfo, pathApi: path.PlatformPath = path): ComposeBuild | null {
  if (service.target === null || service.target === '') return null;
  const contextSpec = service.context ?? '.';
  if (isRemoteContext(contextSpec)) return null;
  const context = pathApi.resolve(pathApi.dirname(composeFile), contextSpec);
  const dockerfile = pathApi.resolve(context, service.dockerfile ?? 'Dockerfile');
  return { context, dockerfile, target: service.target };
}

/** A default image tag: the folder name made into a valid repository name, and the stage as the tag. */
export function defaultTag(dockerfile: string, target: string | null, pathApi: path.PlatformPath = path): string {
  const folder = pathApi.basename(pathApi.dirname(dockerfile));
  const repo = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') || 'image';
  const tag = (target ?? 'latest').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 128) || 'latest';
  return `${repo}:${tag}`;
}

/** File names Docker tooling treats as Dockerfiles (`Dockerfile`, `Dockerfile.dev`, `api.Dockerfile`, `Containerfile`). */
export function isDockerfileName(fileName: string): boolean {
  const base = path.basename(fileName).toLowerCase();
  return base === 'dockerfile' || base === 'containerfile' || base.startsWith('dockerfile.') || base.endsWith('.dockerfile');
}

/** File names docker compose reads by default or by habit (`compose.yaml`, `docker-compose.prod.yml`, overrides). */
export function isComposeFileName(fileName: string): boolean {
  const base = path.basename(fileName).toLowerCase();
  return /^(docker-)?compose([.-][^/\\]*)?\.ya?ml$/.test(base);
}
