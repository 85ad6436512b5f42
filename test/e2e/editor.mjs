// Drives a real VS Code workbench (code-server + headless chromium) for the e2e scenarios: launch, act, read the screen.
//
// Every wait is for a selector or a condition with a timeout, never a fixed sleep. Each editor gets
// a fresh profile, extensions folder, browser profile, HOME and TMPDIR under one temp folder that is
// removed on close, so runs cannot leak into each other. Selectors are VS Code's own CSS classes,
// which is why setup.mjs pins the editor version.

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PATHS, REPO } from './setup.mjs';

const require = createRequire(path.join(REPO, 'package.json'));
const { chromium } = require('playwright-core');

export const STEP_MS = Number(process.env.DOCKWISE_E2E_STEP_TIMEOUT_MS || 60_000);
export const RESULTS_DIR = path.join(REPO, 'test-results', 'e2e');

// User settings of every run: nothing that talks to the network, nothing that pops up uninvited,
// the DOM terminal renderer (its text is readable) and snippets first in the suggestion list.
const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.hover.delay': 150,
  'editor.hover.sticky': true,
  'editor.minimap.enabled': false,
  'editor.snippetSuggestions': 'top',
  'editor.suggest.showWords': false,
  'editor.acceptSuggestionOnEnter': 'on',
  'editor.lightbulb.enabled': 'on',
  'problems.defaultViewMode': 'tree',
  'terminal.integrated.gpuAcceleration': 'off',
  'terminal.integrated.enablePersistentSessions': false,
  'task.problemMatchers.neverPrompt': true,
  'task.quickOpen.skip': true,
};

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const log = (...a) => { if (process.env.DOCKWISE_E2E_VERBOSE) console.error(`[e2e ${new Date().toISOString().slice(11, 23)}]`, ...a); };

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** Polls `probe` until it returns a truthy value; throws `what` on timeout. For conditions outside the page (files, logs). */
export async function until(probe, what, ms = STEP_MS) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try { last = await probe(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function killGroup(proc) {
  // code-server runs in its own process group (detached); end that group by its id
  return new Promise((resolve) => {
    if (!proc || proc.exitCode !== null || proc.signalCode) return resolve();
    const t = setTimeout(() => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); }, 5000);
    proc.once('exit', () => { clearTimeout(t); try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } resolve(); });
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { clearTimeout(t); resolve(); }
  });
}

function findFiles(dir, re, acc = []) {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, re, acc); else if (re.test(e.name)) acc.push(p);
  }
  return acc;
}

export function writeTree(root, files) {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
}

/**
 * A minimal language pack (no translated strings) so that code-server accepts `--locale ru`:
 * without an installed pack for a language the workbench falls back to English and extensions see
 * `vscode.env.language === 'en'`. Built once into the cache; the text is ours.
 */
export async function russianLanguagePackVsix() {
  const out = path.join(PATHS.cache, 'fixtures', 'ru-language-pack-0.0.1.vsix');
  if (fs.existsSync(out)) return out;
  const dir = fs.mkdtempSync(path.join(PATHS.tmp, 'langpack-'));
  writeTree(dir, {
    'package.json': JSON.stringify({
      name: 'e2e-language-pack-ru', publisher: 'dockwise-e2e', version: '0.0.1', license: 'MIT',
      displayName: 'Russian display language for e2e tests', description: 'Declares the ru locale with no translated strings.',
      repository: { type: 'git', url: 'https://example.invalid/dockwise-e2e' },
      engines: { vscode: '^1.100.0' }, categories: ['Language Packs'],
      contributes: { localizations: [{ languageId: 'ru', languageName: 'Russian', localizedLanguageName: 'русский',
        translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
    }, null, 2),
    'translations/main.i18n.json': JSON.stringify({ version: '1.0.0', contents: {} }),
    'LICENSE': 'MIT\n',
    'README.md': 'Test fixture: declares the Russian locale.\n',
  });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', out], { cwd: dir, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`packaging the language pack failed: ${r.stdout}\n${r.stderr}`);
  return out;
}

/**
 * code-server resolves `--locale` through `languagepacks.json` in the user-data folder, a cache that
 * only the running server's language-pack service writes (installing from the CLI does not); so we
 * write the entry for the pack we just installed, in the shape that service uses.
 */
function registerLanguagePack(dirs, locale) {
  const folder = fs.readdirSync(dirs.ext).find((d) => d.startsWith('dockwise-e2e.e2e-language-pack-'));
  if (!folder) throw new Error(`the ${locale} language pack is not in ${dirs.ext}`);
  const translations = path.join(dirs.ext, folder, 'translations', 'main.i18n.json');
  fs.writeFileSync(path.join(dirs.udd, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: 'e2e0001', label: 'русский',
      extensions: [{ extensionIdentifier: { id: 'dockwise-e2e.e2e-language-pack-ru' }, version: '0.0.1' }],
      translations: { vscode: translations },
    },
  }));
}

/**
 * Starts code-server with a fresh profile, installs the extensions, opens `files` as a workspace in chromium.
 * @param {{ name: string, vsix: string, files: Record<string,string>, settings?: object, locale?: string, outDir?: string }} o
 */
export async function launchEditor(o) {
  const outDir = o.outDir || RESULTS_DIR;
  fs.mkdirSync(outDir, { recursive: true });
  const base = fs.mkdtempSync(path.join(os.tmpdir(), `dockwise-e2e-${o.name}-`));
  const dirs = {
    base, home: path.join(base, 'home'), udd: path.join(base, 'user-data'), ext: path.join(base, 'extensions'),
    ws: path.join(base, 'workspace'), browser: path.join(base, 'browser-profile'), tmp: path.join(base, 'tmp'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  writeTree(dirs.ws, o.files || {});
  writeTree(dirs.udd, { 'User/settings.json': JSON.stringify({ ...BASE_SETTINGS, ...(o.settings || {}) }, null, 2) });
  const cfg = path.join(base, 'config.yaml');
  fs.writeFileSync(cfg, 'auth: none\ncert: false\n');
  const env = {
    ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local/share'), XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    XDG_RUNTIME_DIR: dirs.tmp, TMPDIR: dirs.tmp, PATH: `${path.dirname(PATHS.node)}:${process.env.PATH}`,
  };
  for (const k of ['VSCODE_IPC_HOOK_CLI', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS', 'NODE_TEST_CONTEXT']) delete env[k];
  const csArgs = ['--config', cfg, '--user-data-dir', dirs.udd, '--extensions-dir', dirs.ext];
  const timings = {};
  const t0 = performance.now();
  const since = () => Math.round(performance.now() - t0);

  const ed = new Editor(o.name, dirs, outDir);
  try {
    const vsixes = [...(o.locale === 'ru' ? [await russianLanguagePackVsix()] : []), o.vsix];
    for (const v of vsixes) {
      const inst = spawnSync(PATHS.node, [PATHS.codeServerEntry, ...csArgs, '--install-extension', v, '--force'],
        { env, encoding: 'utf8', timeout: STEP_MS });
      if (inst.status !== 0 || !/successfully installed/i.test(inst.stdout + inst.stderr)) {
        throw new Error(`--install-extension ${v} failed (${inst.status}): ${inst.stdout}\n${inst.stderr}`);
      }
    }
    if (o.locale === 'ru') registerLanguagePack(dirs, 'ru');
    timings.extensionsInstalled_ms = since();
    const port = await freePort();
    const csLog = path.join(dirs.base, 'code-server.log');
    const fd = fs.openSync(csLog, 'w');
    ed.proc = spawn(PATHS.node, [PATHS.codeServerEntry, ...csArgs, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--ignore-last-opened', ...(o.locale ? ['--locale', o.locale] : []), dirs.ws],
    { env, detached: true, stdio: ['ignore', fd, fd] });
    fs.closeSync(fd);
    ed.csLog = csLog;
    await until(async () => {
      if (ed.proc.exitCode !== null) throw new Error(`code-server exited early (${ed.proc.exitCode}): ${fs.readFileSync(csLog, 'utf8')}`);
      try { return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok; } catch { return false; }
    }, 'code-server /healthz');
    timings.serverUp_ms = since();

    ed.browser = await chromium.launchPersistentContext(dirs.browser, {
      executablePath: PATHS.chromium, headless: true, env, viewport: { width: 1400, height: 900 }, args: BROWSER_ARGS,
    });
    const page = ed.browser.pages()[0] || await ed.browser.newPage();
    page.setDefaultTimeout(STEP_MS);
    page.on('console', (m) => { if (m.type() === 'error') ed.consoleErrors.push(m.text()); });
    ed.page = page;
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.ws)}`);
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible' });
    // the explorer lists the workspace once the remote file system is connected
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible' });
    timings.workbench_ms = since();
    ed.timings = timings;
    ed.t0 = t0;
    return ed;
  } catch (e) {
    await ed.close(false);
    throw e;
  }
}

export class Editor {
  constructor(name, dirs, outDir) {
    this.name = name; this.dirs = dirs; this.outDir = outDir;
    this.ws = dirs.ws; this.consoleErrors = []; this.timings = {};
    this.proc = null; this.browser = null; this.page = null;
  }

  get editor() { return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first(); }

  abs(rel) { return path.join(this.ws, rel); }
  read(rel) { return fs.readFileSync(this.abs(rel), 'utf8'); }

  async screenshot(label) {
    if (!this.page) return null;
    const file = path.join(this.outDir, `${this.name}-${label}.png`.replace(/[^\w.-]+/g, '_'));
    try { await this.page.screenshot({ path: file }); return file; } catch { return null; }
  }

  /** Opens a workspace file through Quick Open and waits until its editor has focus. */
  async openFile(rel) {
    const p = this.page;
    const name = path.basename(rel);
    await this.escapeAll();
    await p.keyboard.press('Control+P');
    const input = p.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(rel);
    const row = p.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ state: 'visible' });
    await p.keyboard.press('Enter');
    await p.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ state: 'visible' });
    await this.editor.locator('.view-lines .view-line').first().waitFor({ state: 'visible' });
    await this.editor.locator('textarea.inputarea, .native-edit-context').first().focus();
  }

  async escapeAll() {
    for (let i = 0; i < 3; i++) {
      if (!(await this.page.locator('.quick-input-widget:visible, .suggest-widget.visible, .monaco-hover:visible, .action-widget:visible').count())) return;
      await this.page.keyboard.press('Escape');
    }
  }

  /** Moves the caret to line:column (1-based) with "Go to Line" and waits until the status bar shows it. */
  async goTo(line, column = 1) {
    const p = this.page;
    await this.escapeAll();
    await p.keyboard.press('Control+G');
    const input = p.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await p.keyboard.press('Enter');
    await p.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await p.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col ${column}\\b`) }).first().waitFor({ state: 'visible' });
  }

  /** Types text at the caret as a user would (auto-indent and auto-close apply). */
  async type(text) { await this.page.keyboard.type(text); }

  async press(...keys) { for (const k of keys) await this.page.keyboard.press(k); }

  async save() {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  /** Waits for a squiggle of the given kind (error|warning|info|hint) in the active editor; `line` restricts it to that line. */
  async waitForSquiggle(kind = null, line = null) {
    const cls = kind ? [`.squiggly-${kind}`] : ['.squiggly-error', '.squiggly-warning', '.squiggly-info'];
    if (line) await this.goTo(line, 1);
    const loc = this.editor.locator(cls.join(', '));
    await loc.first().waitFor({ state: 'attached' });
    if (!line) return;
    // squiggles are absolutely positioned overlays: match the caret line's top offset
    await until(async () => this.page.evaluate(({ sel }) => {
      const ed = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
      const cur = ed.querySelector('.view-overlays .current-line, .margin-view-overlays .current-line');
      if (!cur) return false;
      const top = cur.getBoundingClientRect().top;
      return [...ed.querySelectorAll(sel)].some((s) => Math.abs(s.getBoundingClientRect().top - top) < 3);
    }, { sel: cls.join(', ') }), `a ${kind || ''} squiggle on line ${line}`);
  }

  // ---------------------------------------------------------------- Problems panel

  async showProblems() {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible' });
    }
    return panel;
  }

  /** Sets the Problems panel filter (matches message, source and code). */
  async filterProblems(text) {
    await this.showProblems();
    const input = this.page.locator('.panel .viewpane-filter input, .panel .markers-panel-action-filter input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
  }

  /**
   * The marker rows of the Problems panel as shown: { file, message, source, code, line, column, severity, text }.
   */
  async problems() {
    await this.showProblems();
    return this.page.evaluate(() => {
      const out = [];
      let file = null;
      for (const r of document.querySelectorAll('.markers-panel .monaco-list-row')) {
        const details = r.querySelector('.marker-message-details-container');
        if (!details) { file = r.querySelector('.label-name')?.innerText.trim() || r.innerText.trim(); continue; }
        const text = (el) => (el ? el.innerText.replace(/\s+/g, ' ').trim() : '');
        const pos = /(\d+)\D+(\d+)/.exec(text(r.querySelector('.marker-line')));
        const icon = r.querySelector('.marker-icon');
        out.push({
          file, message: text(r.querySelector('.marker-message')), source: text(r.querySelector('.marker-source')),
          code: text(r.querySelector('.marker-code')), line: pos ? Number(pos[1]) : null, column: pos ? Number(pos[2]) : null,
          severity: ['error', 'warning', 'info'].find((k) => icon?.classList.contains(k)) || 'hint', text: text(details),
        });
      }
      return out;
    });
  }

  /** Waits until some marker row of the Problems panel satisfies `pred(row)`; returns it. */
  async waitForProblem(pred, what) {
    return until(async () => (await this.problems()).find(pred), `a Problems entry: ${what}`);
  }

  /** Waits until no marker row satisfies `pred`. */
  async waitNoProblem(pred, what) {
    return until(async () => !(await this.problems()).some(pred), `no Problems entry: ${what}`);
  }

  // ---------------------------------------------------------------- hover, quick fix, palette, suggestions

  /** Texts of the visible editor hovers, whitespace-normalised (Monaco renders some spaces as U+00A0). */
  async hoverTexts() {
    return this.page.evaluate(() => [...document.querySelectorAll('.monaco-hover')]
      .filter((h) => !h.classList.contains('hidden') && h.getBoundingClientRect().height > 0)
      .map((h) => h.innerText.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean));
  }

  /**
   * Hovers line:column with the mouse (keyboard "Show Hover" as a fallback) and returns the hover's
   * text once `expect` matches it and it has stopped changing (providers answer at different times).
   */
  async hover(line, column, expect = /\S/) {
    const p = this.page;
    await this.goTo(line, column);
    const matching = async () => (await this.hoverTexts()).find((t) => expect.test(t)) || null;
    const pt = await p.evaluate(() => {
      const ed = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
      const cursor = ed.querySelector('.cursors-layer .cursor');
      if (!cursor) return null;
      const r = cursor.getBoundingClientRect();
      return { x: r.left + 4, y: r.top + r.height / 2 };
    });
    let via = 'keyboard';
    if (pt) {
      for (let attempt = 0; attempt < 3 && via === 'keyboard'; attempt++) {
        await p.mouse.move(pt.x + 300, pt.y + 300);
        await p.mouse.move(pt.x + attempt * 2, pt.y, { steps: 4 });
        try { await until(matching, 'a hover', 5000); via = 'mouse'; } catch { /* retry */ }
      }
    }
    if (via === 'keyboard') {
      await p.mouse.move(5, 5);
      await this.goTo(line, column);
      await p.keyboard.press('Control+K'); await p.keyboard.press('Control+I');
    }
    let prev = null;
    const text = await until(async () => {
      const t = await matching();
      const stable = t && t === prev; prev = t; return stable ? t : null;
    }, `a hover matching ${expect} at ${line}:${column} (shown: ${JSON.stringify(await this.hoverTexts())})`);
    this.lastHoverVia = via;
    return text;
  }

  async dismissHover() {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
    await until(async () => (await this.hoverTexts()).length === 0, 'the hover to close', 5000).catch(() => {});
  }

  /** Opens the quick-fix menu at line:column (lightbulb click, or Ctrl+. if none shows) and returns its item titles. */
  async openQuickFixes(line, column) {
    const p = this.page;
    await this.goTo(line, column);
    const bulb = p.locator('.editor-group-container.active .lightBulbWidget:visible, .editor-group-container.active .codicon-light-bulb:visible, .editor-group-container.active .codicon-lightbulb-autofix:visible').first();
    try { await bulb.waitFor({ state: 'visible', timeout: 10000 }); await bulb.click(); this.lastQuickFixVia = 'lightbulb'; }
    catch { await p.keyboard.press('Control+.'); this.lastQuickFixVia = 'keyboard'; }
    const menu = p.locator('.action-widget:visible');
    await menu.waitFor({ state: 'visible' });
    await menu.locator('.monaco-list-row.action').first().waitFor({ state: 'visible' });
    return menu.locator('.monaco-list-row.action').allInnerTexts();
  }

  async chooseQuickFix(title) {
    const item = this.page.locator('.action-widget:visible .monaco-list-row.action', { hasText: title }).first();
    await item.click();
    await this.page.locator('.action-widget:visible').waitFor({ state: 'hidden' });
  }

  /** Runs a command from the palette by its title (or a unique prefix of it). */
  async runCommand(title) {
    const p = this.page;
    await this.escapeAll();
    await p.keyboard.press('F1');
    const input = p.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = p.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible' });
    await row.click();
  }

  /** The visible quick input (palette, pick, input box): its title, prompt and rows; null when none is open. */
  async quickInput() {
    const w = this.page.locator('.quick-input-widget');
    if (!(await w.isVisible())) return null;
    return w.evaluate((el) => ({
      title: el.querySelector('.quick-input-title')?.innerText.trim() || '',
      placeholder: el.querySelector('.quick-input-box input')?.getAttribute('placeholder') || '',
      message: el.querySelector('.quick-input-message')?.innerText.trim() || '',
      value: el.querySelector('.quick-input-box input')?.value || '',
      rows: [...el.querySelectorAll('.quick-input-list .monaco-list-row')].map((r) => r.innerText.replace(/\s+/g, ' ').trim()),
    }));
  }

  /** Triggers suggestions at the caret and accepts the one whose label is `label`; returns the rows seen. */
  async acceptSuggestion(label) {
    const p = this.page;
    await p.keyboard.press('Control+Space');
    const widget = p.locator('.suggest-widget.visible');
    await widget.waitFor({ state: 'visible' });
    const row = widget.locator('.monaco-list-row', { has: p.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
    await row.waitFor({ state: 'visible' });
    const rows = await widget.locator('.monaco-list-row').allInnerTexts();
    await row.click();
    await widget.waitFor({ state: 'hidden' });
    return rows;
  }

  /** Notifications currently shown as toasts (text of each). */
  async toasts() {
    return this.page.locator('.notifications-toasts .notification-toast').allInnerTexts();
  }

  /** Text of the visible terminal (DOM renderer), whitespace-normalised per row. */
  async terminalText() {
    return this.page.evaluate(() => [...document.querySelectorAll('.terminal-wrapper.active .xterm-rows > div, .xterm .xterm-rows > div')]
      .map((d) => d.textContent.replace(/\u00a0/g, ' ').trimEnd()).join('\n'));
  }

  /** Log files of the editor's extension host and output channels (remote side). */
  logFiles(re = /\.log$/) { return findFiles(path.join(this.dirs.udd, 'logs'), re); }

  async close(keepOnFailure = false) {
    try { if (this.browser) await this.browser.close(); } catch { /* already closed */ }
    await killGroup(this.proc);
    if (keepOnFailure) {
      for (const f of [this.csLog, ...this.logFiles(/^(remoteexthost|exthost|remoteagent|.*dockwise.*|.*Dockwise.*)\.log$/)]) {
        if (!f || !fs.existsSync(f)) continue;
        try { fs.copyFileSync(f, path.join(this.outDir, `${this.name}-${path.basename(path.dirname(f))}-${path.basename(f)}`)); } catch { /* best effort */ }
      }
    }
    if (!process.env.DOCKWISE_E2E_KEEP) fs.rmSync(this.dirs.base, { recursive: true, force: true });
  }
}

/**
 * Runs `body(editor)` in a fresh editor; on failure keeps a screenshot and the logs under test-results/e2e/.
 * @template T @param {Parameters<typeof launchEditor>[0]} o @param {(ed: Editor) => Promise<T>} body
 */
export async function withEditor(o, body) {
  const ed = await launchEditor(o);
  let ok = false;
  try {
    const r = await body(ed);
    ok = true;
    return r;
  } catch (e) {
    const shot = await ed.screenshot('FAILED');
    if (shot) e.message += `\n  screenshot: ${shot}`;
    if (ed.consoleErrors.length) e.message += `\n  browser console errors (last 5): ${ed.consoleErrors.slice(-5).join(' | ')}`;
    throw e;
  } finally {
    await ed.close(!ok);
    log(`${o.name}: ${ok ? 'ok' : 'failed'}`);
  }
}
