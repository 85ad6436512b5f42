// A minimal LSP client over a spawned server's stdio, timing what an editor user waits for; every wait is bounded.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import rpc from 'vscode-jsonrpc/node';

const live = new Set();
/** Kills every child still running (servers, CLI, engine timing); called on exit and on signals so none outlives the benchmark. */
export function killAllChildren() {
  for (const child of live) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
  live.clear();
}
/** Registers any other child (CLI, engine timing) so it is killed with the servers; it leaves the set when it exits. */
export function trackChild(child) {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}
process.on('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { killAllChildren(); process.exit(130); });
}

export class TimeoutError extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer within ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/** What an editor declares; diagnostics with versions so a server can tag them. */
const CLIENT_CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, applyEdit: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true, willSave: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
  },
  window: { workDoneProgress: true },
};

export class LspSession {
  /** @param {{ name: string, command: string, args: string[], cwd: string }} server */
  constructor(server) {
    this.server = server;
    this.publishes = []; // { uri, version, at, count }
    this.waiters = new Set();
    this.stderr = '';
    this.exited = null;
  }

  /** Spawns the server and returns ms from spawn to the `initialize` result. */
  async start({ rootUri, locale = 'en', timeoutMs = 20000 }) {
    const startedAt = performance.now();
    const child = spawn(this.server.command, this.server.args, { cwd: this.server.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    live.add(child);
    child.stderr.on('data', (chunk) => { this.stderr = (this.stderr + chunk).slice(-4000); });
    // Every wait races this, so a server that dies fails the round at once instead of at the deadline.
    this.died = new Promise((_, reject) => {
      child.on('exit', (code, signal) => {
        this.exited = { code, signal };
        live.delete(child);
        reject(new Error(`${this.server.name} exited (${code ?? signal})${this.stderrSummary()}`));
      });
      child.on('error', (error) => {
        this.exited = { error };
        live.delete(child);
        reject(new Error(`${this.server.name} did not start: ${error.message}`));
      });
    });
    this.died.catch(() => {});
    // A server that dies mid-write must not crash the benchmark through EPIPE.
    child.stdin.on('error', () => {});

    const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    this.connection = connection;
    connection.onRequest((method, params) => {
      if (method === 'workspace/configuration') return (params?.items ?? []).map(() => null);
      if (method === 'workspace/workspaceFolders') return [{ uri: rootUri, name: 'bench' }];
      return null; // registerCapability, workDoneProgress/create and the like only need an answer
    });
    connection.onNotification((method, params) => {
      if (method !== 'textDocument/publishDiagnostics') return;
      const publish = { uri: params.uri, version: params.version, at: performance.now(), count: params.diagnostics.length, seq: this.publishes.length };
      this.publishes.push(publish);
      for (const waiter of [...this.waiters]) waiter.offer(publish);
    });
    connection.onError(() => {});
    connection.onClose(() => {});
    connection.listen();

    const result = await this.bounded(connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'dockwise-bench', version: '1' },
      locale,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: CLIENT_CAPABILITIES,
      initializationOptions: {},
    }), timeoutMs, `${this.server.name} initialize`);
    const initializeMs = performance.now() - startedAt;
    this.capabilities = result.capabilities ?? {};
    await connection.sendNotification('initialized', {});
    return initializeMs;
  }

  /** The lines of the server's stderr that name an error (a stack trace's frames say little here). */
  stderrSummary() {
    const lines = this.stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    const telling = lines.filter((line) => /error/i.test(line) && !line.startsWith('at '));
    const chosen = (telling.length ? telling : lines).slice(-3).join(' | ');
    return chosen ? `: ${chosen.slice(0, 400)}` : '';
  }

  /** Waits for `promise`, but no longer than `ms` and no longer than the server lives. */
  bounded(promise, ms, what) {
    return withTimeout(Promise.race([promise, this.died]), ms, what);
  }

  /** Full (1) or incremental (2), as the server asked for. */
  get syncKind() {
    const sync = this.capabilities.textDocumentSync;
    return typeof sync === 'number' ? sync : sync?.change ?? 1;
  }

  /**
   * Resolves with the arrival time of the first diagnostics for `uri` published after `afterSeq`
   * and tagged with `version` (servers that send no version are matched by order alone).
   */
  waitForDiagnostics(uri, version, afterSeq, timeoutMs) {
    let waiter;
    const promise = new Promise((resolve) => {
      waiter = {
        offer: (publish) => {
          if (publish.uri !== uri || publish.seq < afterSeq) return;
          if (publish.version !== undefined && publish.version !== null && publish.version !== version) return;
          resolve(publish);
        },
      };
      this.waiters.add(waiter);
      for (const publish of this.publishes.slice(afterSeq)) waiter.offer(publish);
    });
    return this.bounded(promise, timeoutMs, `${this.server.name} diagnostics for version ${version}`).finally(() => this.waiters.delete(waiter));
  }

  /** Opens a document; returns ms from sending didOpen to its first diagnostics. */
  async open({ uri, languageId, text, timeoutMs }) {
    const seq = this.publishes.length;
    const sentAt = performance.now();
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }).catch(() => {});
    const publish = await this.waitForDiagnostics(uri, 1, seq, timeoutMs);
    return { ms: publish.at - sentAt, count: publish.count };
  }

  /** Sends one edit (incremental or the whole new text); returns ms until that version's diagnostics. */
  async change({ uri, version, edit, newText, timeoutMs }) {
    const seq = this.publishes.length;
    const contentChanges = this.syncKind === 2 ? [{ range: edit.range, text: edit.text }] : [{ text: newText }];
    const sentAt = performance.now();
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges }).catch(() => {});
    const publish = await this.waitForDiagnostics(uri, version, seq, timeoutMs);
    return publish.at - sentAt;
  }

  /** Returns ms for one hover round trip and whether the server had anything to say. */
  async hover({ uri, position, timeoutMs }) {
    const sentAt = performance.now();
    const result = await this.bounded(this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), timeoutMs, `${this.server.name} hover`);
    return { ms: performance.now() - sentAt, answered: Boolean(result && result.contents && JSON.stringify(result.contents).length > 2) };
  }

  /** Resident memory of the server process in MiB, from the kernel's own accounting. */
  residentMemory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kib = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
    return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
  }

  /** Polite shutdown with a deadline, then SIGKILL whatever is left, and wait (bounded) until it is gone. */
  async stop() {
    if (!this.child) return;
    const gone = this.died.catch(() => {});
    try {
      if (!this.exited) {
        await this.bounded(this.connection.sendRequest('shutdown'), 2000, 'shutdown').catch(() => {});
        this.connection.sendNotification('exit').catch(() => {});
        await withTimeout(gone, 2000, 'exit').catch(() => {});
      }
    } finally {
      if (!this.exited) {
        this.child.kill('SIGKILL');
        await withTimeout(gone, 2000, 'kill').catch(() => {});
      }
      live.delete(this.child);
      this.connection.dispose();
    }
  }
}
