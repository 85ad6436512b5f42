// Asks the extension's own bundled language server (over stdio) what it says about a file, so the e2e
// scenarios can check that what the editor shows is what our server answered, without copying its texts.
//
// The server is the dist/server.js inside the installed .vsix, started with the Node running the tests.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

export class LspOracle {
  /** @param {string} serverJs @param {{ rootPath: string, locale: string }} o */
  static async start(serverJs, { rootPath, locale }) {
    const o = new LspOracle(serverJs);
    await o.request('initialize', {
      processId: process.pid, locale, rootUri: pathToFileURL(rootPath).href,
      workspaceFolders: [{ uri: pathToFileURL(rootPath).href, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
      initializationOptions: { language: 'auto' },
    });
    o.notify('initialized', {});
    return o;
  }

  constructor(serverJs) {
    this.nextId = 1;
    this.pending = new Map();
    this.diagnostics = new Map();
    this.waiters = [];
    this.proc = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => { this.stderr += d; });
    let buf = Buffer.alloc(0);
    this.proc.stdout.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const head = buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1]);
        if (buf.length < head + 4 + len) return;
        const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString('utf8'));
        buf = buf.subarray(head + 4 + len);
        this.onMessage(msg);
      }
    });
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  onMessage(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(`${msg.error.message} (${msg.error.code})`)); else p?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // requests from the server: default configuration for every section, accept registrations
      const result = msg.method === 'workspace/configuration' ? msg.params.items.map(() => null) : null;
      this.send({ id: msg.id, result });
    } else if (msg.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(msg.params.uri, msg.params);
      for (const w of this.waiters.splice(0)) w();
    }
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ id, method, params });
      setTimeout(() => { if (this.pending.delete(id)) reject(new Error(`${method}: no answer from the server in 30 s; stderr: ${this.stderr}`)); }, 30_000).unref();
    });
  }

  notify(method, params) { this.send({ method, params }); }

  open(file, languageId) {
    const uri = pathToFileURL(file).href;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: fs.readFileSync(file, 'utf8') } });
    return uri;
  }

  /** The diagnostics published for `uri` (waits for the first publication). */
  async diagnosticsFor(uri) {
    const end = Date.now() + 30_000;
    while (!this.diagnostics.has(uri)) {
      if (Date.now() > end) throw new Error(`no diagnostics published for ${uri}; stderr: ${this.stderr}`);
      await new Promise((r) => { this.waiters.push(r); setTimeout(r, 1000).unref(); });
    }
    return this.diagnostics.get(uri).diagnostics;
  }

  /** The hover Markdown at a 1-based line:column. */
  async hover(uri, line, column) {
    const h = await this.request('textDocument/hover', { textDocument: { uri }, position: { line: line - 1, character: column - 1 } });
    if (!h) return '';
    const c = h.contents;
    return typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n') : c.value;
  }

  async close() {
    try { await this.request('shutdown', null); this.notify('exit', null); } catch { /* already gone */ }
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

/**
 * Plain text of Markdown paragraphs that are prose (not headings, code, lists or links), with inline
 * markup removed and whitespace normalised: what a rendered hover must contain word for word.
 */
export function proseOf(markdown) {
  const out = [];
  let inCode = false;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('```')) { inCode = !inCode; continue; }
    if (inCode || !line || /^(#|[-*+] |\d+\. |\[|\||>|---|\*\*\*)/.test(line)) continue;
    const plain = line
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
      .replace(/\s+/g, ' ').trim();
    if (plain.length >= 20) out.push(plain);
  }
  return out;
}

export const normalise = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();
