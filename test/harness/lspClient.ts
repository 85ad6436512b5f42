// Spawns the bundled server over stdio and talks real JSON-RPC to it, the way an editor does.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams, InitializeResult } from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';

export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface LspSession {
  conn: MessageConnection;
  proc: ChildProcess;
  init: InitializeResult;
  stderr: () => string;
  /** Resolves with the next diagnostics for `uri` (at `version`, when given). */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Resolves with the first notification, past or future, that satisfies `pred`. */
  waitFor(pred: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Every diagnostics notification received so far, in order. */
  published: PublishDiagnosticsParams[];
  close(): Promise<void>;
}

export interface StartOptions {
  locale?: string;
  rootPath?: string;
  settings?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
}

export async function startServer(opts: StartOptions = {}): Promise<LspSession> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.match(p)) {
        waiters.splice(i, 1);
        w.resolve(p);
      }
    }
  });
  conn.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((i) => (i.section === 'dockwise' ? (opts.settings ?? {}) : null)),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  const wait = (match: (p: PublishDiagnosticsParams) => boolean, timeoutMs: number, what: string) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
      waiters.push({ match, resolve: (p) => (clearTimeout(t), resolve(p)) });
    });
  const rootUri = opts.rootPath ? pathToFileURL(opts.rootPath).toString() : null;
  const init = (await conn.sendRequest('initialize', {
    processId: process.pid,
    locale: opts.locale ?? 'en',
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } },
    },
  })) as InitializeResult;
  await conn.sendNotification('initialized', {});
  return {
    conn,
    proc,
    init,
    stderr: () => err,
    published,
    diagnostics(uri, version, timeoutMs = 10000) {
      const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
      const have = version !== undefined ? published.find(match) : undefined;
      if (have) return Promise.resolve(have);
      return wait(match, timeoutMs, `diagnostics for ${uri} v${version}`);
    },
    waitFor(pred, timeoutMs = 10000) {
      const have = published.find(pred);
      return have ? Promise.resolve(have) : wait(pred, timeoutMs, 'matching diagnostics');
    },
    async close() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        // The server may already be gone; the kill below covers it.
      }
      conn.dispose();
      await new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        const t = setTimeout(() => proc.kill('SIGKILL'), 3000);
        proc.once('exit', () => (clearTimeout(t), resolve()));
      });
    },
  };
}

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}
