// Typed wrapper over the server's `dockwise/stages` request: the client has no parser of its own.
import type { CancellationToken } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface StageInfo {
  readonly name: string | null;
  readonly index: number;
  readonly baseImage: string;
  /** 0-based line of the FROM instruction. */
  readonly line: number;
  readonly isFinal: boolean;
}

export interface ArgInfo {
  readonly name: string;
  readonly defaultValue: string | null;
  readonly line: number;
  readonly global: boolean;
}

export interface ComposeServiceInfo {
  readonly name: string;
  readonly line: number;
  readonly target: string | null;
  readonly dockerfile: string | null;
  readonly context: string | null;
}

export interface DockerfileStages {
  readonly kind: 'dockerfile';
  readonly stages: readonly StageInfo[];
  readonly args: readonly ArgInfo[];
}

export interface ComposeServices {
  readonly kind: 'compose';
  readonly services: readonly ComposeServiceInfo[];
}

export const stagesMethod = 'dockwise/stages';

/** Tells the two answer shapes apart by the keys they carry; anything else is treated as empty. */
export function classifyStagesResponse(raw: unknown): DockerfileStages | ComposeServices | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (Array.isArray(r.services)) return { kind: 'compose', services: r.services as ComposeServiceInfo[] };
  if (Array.isArray(r.stages)) {
    return { kind: 'dockerfile', stages: r.stages as StageInfo[], args: Array.isArray(r.args) ? (r.args as ArgInfo[]) : [] };
  }
  return undefined;
}

export async function requestStages(
  client: LanguageClient,
  uri: string,
  token?: CancellationToken,
): Promise<DockerfileStages | ComposeServices | undefined> {
  // An `undefined` token would travel as a second request parameter; send none instead.
  const raw = token ? await client.sendRequest<unknown>(stagesMethod, { uri }, token) : await client.sendRequest<unknown>(stagesMethod, { uri });
  return classifyStagesResponse(raw);
}
