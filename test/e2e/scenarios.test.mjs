// The extension in a real VS Code (code-server + chromium): each scenario of issue 7 asserts what is on screen.
//
// Run through `node test/e2e/run.mjs` (installs the editor, packages the .vsix). Directly:
//   node --test test/e2e/scenarios.test.mjs   (needs .cache/e2e ready and dockwise.vsix built)
// DOCKWISE_E2E_VSIX picks another .vsix; screenshots of failures and result.json go to test-results/e2e/.
// Expectations come from the extension itself (its bundled server, its snippet files), never copied texts.

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, until, withEditor } from './editor.mjs';
import { REPO } from './setup.mjs';
import { LspOracle, normalise, proseOf } from './oracle.mjs';
import { expandSnippet, snippetEntries } from './snippets.mjs';
import { DOCKERIGNORE, GO_NOTES_DOCKERFILE, GO_PROJECT, HOVER_DOCKERFILE, STAGES_DOCKERFILE, COMPOSE_WITH_MISSING_TARGET, bigDockerfile } from './fixtures.mjs';

const VSIX = path.resolve(process.env.DOCKWISE_E2E_VSIX || path.join(REPO, 'dockwise.vsix'));
const EXTENSION_ID = 'dockwise.dockwise';
const results = { vsix: VSIX, startedAt: new Date().toISOString(), scenarios: {}, activation: null };

/** Wraps a scenario: records its outcome and duration for result.json. */
function scenario(name, fn) {
  test(name, async (t) => {
    const t0 = performance.now();
    const rec = { ok: false, ms: 0, notes: {} };
    results.scenarios[name] = rec;
    try { await fn(t, rec.notes); rec.ok = true; } catch (e) { rec.error = String(e?.message || e).split('\n')[0]; throw e; } finally { rec.ms = Math.round(performance.now() - t0); }
  });
}

after(() => {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  results.finishedAt = new Date().toISOString();
  fs.writeFileSync(path.join(RESULTS_DIR, 'result.json'), `${JSON.stringify(results, null, 2)}\n`);
});

const lines = (text) => text.split('\n');
/** 1-based line and column of the first occurrence of `needle` (plus `offset` characters). */
function find(text, needle, offset = 0) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture lacks ${JSON.stringify(needle)}`);
  const before = text.slice(0, i + offset);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}
const ours = (r) => r.source === 'dockwise';
const hasCyrillic = (s) => /[а-яё]/i.test(s);

function extensionDir(ed, id = EXTENSION_ID) {
  const d = fs.readdirSync(ed.dirs.ext).find((n) => n.toLowerCase().startsWith(`${id}-`));
  assert.ok(d, `${id} is not installed in ${ed.dirs.ext}`);
  return path.join(ed.dirs.ext, d);
}

async function withOracle(ed, locale, fn) {
  const oracle = await LspOracle.start(path.join(extensionDir(ed), 'dist', 'server.js'), { rootPath: ed.ws, locale });
  try { return await fn(oracle); } finally { await oracle.close(); }
}

/** The Problems panel must show exactly the server's diagnostics of `file` (hints are not listed there). */
async function assertProblemsMatchServer(ed, oracle, file) {
  const uri = oracle.open(ed.abs(file), 'dockerfile');
  const want = (await oracle.diagnosticsFor(uri)).filter((d) => (d.severity ?? 1) <= 3)
    .map((d) => ({ code: String(d.code), line: d.range.start.line + 1, column: d.range.start.character + 1, message: normalise(d.message) }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  assert.ok(want.length > 0, `the server reports nothing for ${file}`);
  const shown = await until(async () => {
    const got = (await ed.problems()).filter((r) => ours(r) && r.file === path.basename(file))
      .map((r) => ({ code: r.code, line: r.line, column: r.column, message: normalise(r.message) }))
      .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
    return JSON.stringify(got) === JSON.stringify(want) ? got : null;
  }, `the Problems panel to list the server's diagnostics of ${file}: ${JSON.stringify(want)} (shown: ${JSON.stringify(await ed.problems())})`);
  return shown;
}

// ------------------------------------------------------------------ scenarios
describe('Dockwise in a real editor', { concurrency: false }, () => {
  test('the .vsix under test exists', () => {
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run "npm run package" or node test/e2e/run.mjs`);
  });

  scenario('1 diagnostic, quick fix from the lightbulb, diagnostic gone', async (t, notes) => {
    await withEditor({ name: 's1-quickfix', vsix: VSIX, files: { Dockerfile: GO_NOTES_DOCKERFILE, '.dockerignore': DOCKERIGNORE } }, async (ed) => {
      const at = find(GO_NOTES_DOCKERFILE, '&&');
      const opened = performance.now();
      await ed.openFile('Dockerfile');
      await ed.waitForSquiggle('error', at.line);
      const entry = await ed.waitForProblem((r) => ours(r) && r.code === 'ShellSyntaxInCopy', 'ShellSyntaxInCopy');
      notes.firstDiagnosticAfterOpen_ms = Math.round(performance.now() - opened);
      assert.equal(entry.line, at.line);
      assert.equal(entry.severity, 'error');
      assert.ok(entry.message.length > 10, 'the entry shows a message');
      await ed.screenshot('problems');

      // the squiggle's hover shows the same message and the rule id
      const hover = await ed.hover(at.line, at.column + 1, /ShellSyntaxInCopy/);
      assert.ok(normalise(hover).includes(normalise(entry.message)), `hover ${JSON.stringify(hover)} lacks the message`);
      await ed.dismissHover();

      const titles = await ed.openQuickFixes(at.line, at.column + 1);
      notes.quickFixes = titles; notes.quickFixVia = ed.lastQuickFixVia;
      const fixes = titles.filter((x) => !/ignore|игнор/i.test(x));
      assert.equal(fixes.length, 1, `one fix besides the ignore actions: ${JSON.stringify(titles)}`);
      await ed.screenshot('quick-fix-menu');
      await ed.chooseQuickFix(fixes[0]);
      await ed.save();
      assert.equal(ed.read('Dockerfile'), GO_NOTES_DOCKERFILE.replace('COPY . . && go build -o myapp', 'COPY . .\nRUN go build -o myapp'));
      await ed.waitNoProblem((r) => ours(r) && r.code === 'ShellSyntaxInCopy', 'ShellSyntaxInCopy after the fix');
      await ed.screenshot('fixed');

      results.activation = await measureActivation(ed, notes);
    });
  });

  for (const locale of ['en', 'ru']) {
    scenario(`2 hover docs for RUN --mount=type=cache and FROM scratch, display language ${locale}`, async (t, notes) => {
      await withEditor({ name: `s2-hover-${locale}`, vsix: VSIX, locale: locale === 'ru' ? 'ru' : undefined,
        files: { Dockerfile: HOVER_DOCKERFILE, '.dockerignore': DOCKERIGNORE } }, async (ed) => {
        await ed.openFile('Dockerfile');
        await ed.waitForProblem(ours, 'any dockwise diagnostic');
        await withOracle(ed, locale, async (oracle) => {
          const uri = oracle.open(ed.abs('Dockerfile'), 'dockerfile');
          for (const [label, needle, offset] of [['cache mount', 'type=cache', 'type='.length + 1], ['scratch', 'FROM scratch', 'FROM '.length + 1]]) {
            const at = find(HOVER_DOCKERFILE, needle, offset);
            const md = await oracle.hover(uri, at.line, at.column);
            const prose = proseOf(md);
            assert.ok(prose.length > 0, `our server has docs for ${label} at ${at.line}:${at.column}`);
            const shown = await ed.hover(at.line, at.column, new RegExp(prose[0].slice(0, 24).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
            await ed.screenshot(`hover-${label}`);
            for (const p of prose.slice(0, 3)) assert.ok(normalise(shown).includes(p), `the ${label} hover shows ${JSON.stringify(p)}; shown: ${JSON.stringify(shown)}`);
            assert.equal(hasCyrillic(shown), locale === 'ru', `the ${label} hover is in ${locale}: ${JSON.stringify(shown.slice(0, 200))}`);
            notes[label] = { via: ed.lastHoverVia, firstParagraph: prose[0] };
            await ed.dismissHover();
          }
          const shown = await assertProblemsMatchServer(ed, oracle, 'Dockerfile');
          for (const r of shown) assert.equal(hasCyrillic(r.message), locale === 'ru', `message in ${locale}: ${r.message}`);
          notes.problems = shown.map((r) => `${r.code}: ${r.message}`);
        });
      });
    });
  }

  scenario('3 compose build.target and networks; renaming the stage clears the compose diagnostic', async (t, notes) => {
    const dockerfile = STAGES_DOCKERFILE.replace('AS runtime', 'AS release');
    const compose = COMPOSE_WITH_MISSING_TARGET;
    await withEditor({ name: 's3-compose', vsix: VSIX, files: { Dockerfile: dockerfile, 'compose.yaml': compose, '.dockerignore': DOCKERIGNORE, ...GO_PROJECT } }, async (ed) => {
      await ed.openFile('compose.yaml');
      const target = await ed.waitForProblem((r) => ours(r) && r.code === 'BuildTargetNotFound' && r.file === 'compose.yaml', 'BuildTargetNotFound');
      const network = await ed.waitForProblem((r) => ours(r) && r.code === 'UndefinedNetwork' && r.file === 'compose.yaml', 'UndefinedNetwork');
      assert.equal(target.line, find(compose, 'prod').line);
      assert.equal(network.line, find(compose, '- backend').line);
      notes.before = [target.message, network.message];
      await ed.screenshot('compose-problems');

      await ed.openFile('Dockerfile');
      const at = find(dockerfile, 'AS release', 3);
      await ed.goTo(at.line, at.column);
      await ed.press('Shift+End');
      await ed.type('prod');
      await ed.save();
      assert.equal(ed.read('Dockerfile'), dockerfile.replace('AS release', 'AS prod'));
      await ed.waitNoProblem((r) => ours(r) && r.code === 'BuildTargetNotFound', 'BuildTargetNotFound after renaming the stage');
      await ed.waitForProblem((r) => ours(r) && r.code === 'UndefinedNetwork' && r.file === 'compose.yaml', 'UndefinedNetwork still');
      assert.equal(ed.read('compose.yaml'), compose, 'the compose file was not touched');
      assert.equal(await ed.page.locator('.tabs-container .tab.dirty[data-resource-name="compose.yaml"]').count(), 0, 'compose.yaml has no unsaved edits');
      await ed.screenshot('compose-after-rename');
    });
  });

  scenario('4 snippet prefixes in a Dockerfile and a compose file', async (t, notes) => {
    await withEditor({ name: 's4-snippets', vsix: VSIX, files: { Dockerfile: '', 'compose.yaml': 'services:\n  ' } }, async (ed) => {
      const pkg = JSON.parse(fs.readFileSync(path.join(extensionDir(ed), 'package.json'), 'utf8'));
      const snippetFile = (lang) => {
        const c = (pkg.contributes?.snippets || []).find((s) => s.language === lang);
        assert.ok(c, `the extension contributes ${lang} snippets`);
        return snippetEntries(JSON.parse(fs.readFileSync(path.join(extensionDir(ed), c.path), 'utf8')));
      };
      const usable = (entries) => entries.find((e) => { try { expandSnippet(e.body); return !/\t/.test(expandSnippet(e.body)); } catch { return false; } });
      for (const [file, lang, before, line, column, indent] of [
        ['Dockerfile', 'dockerfile', '', 1, 1, ''],
        ['compose.yaml', 'dockercompose', 'services:\n  ', 2, 3, '  '],
      ]) {
        const snip = usable(snippetFile(lang));
        assert.ok(snip, `a ${lang} snippet without editor variables`);
        await ed.openFile(file);
        await ed.goTo(line, column);
        await ed.type(snip.prefix);
        notes[file] = { prefix: snip.prefix, suggestions: (await ed.acceptSuggestion(snip.prefix)).slice(0, 5) };
        await ed.press('Escape'); // leave snippet mode
        await ed.save();
        await ed.screenshot(`snippet-${lang}`);
        const expected = before + expandSnippet(snip.body).split('\n').join(`\n${indent}`).replace(/[ ]+$/gm, (m, off, all) => (all[off + m.length] === '\n' || off + m.length === all.length ? '' : m));
        const got = ed.read(file).replace(/[ ]+$/gm, '');
        assert.equal(got, expected.replace(/[ ]+$/gm, ''));
      }
    });
  });

  scenario('5 scaffolder on a Go project: files appear and open; a second run asks before overwriting', async (t, notes) => {
    await withEditor({ name: 's5-scaffold', vsix: VSIX, files: GO_PROJECT }, async (ed) => {
      await ed.openFile('go.mod'); // activation by a language is not needed for a command, but a focused editor is usual
      const generated = ['Dockerfile', '.dockerignore'];
      await ed.runCommand('Dockwise: Create Multi-Stage Dockerfile');
      notes.questions = await answerQuestions(ed, async () => generated.every((f) => fs.existsSync(ed.abs(f)))
        && (await ed.page.locator('.tabs-container .tab.active[data-resource-name="Dockerfile"]').count()) > 0);
      const written = Object.fromEntries(fs.readdirSync(ed.ws).filter((f) => !(f in GO_PROJECT)).map((f) => [f, ed.read(f)]));
      notes.files = Object.keys(written);
      const froms = written.Dockerfile.split('\n').filter((l) => /^FROM\s/i.test(l));
      assert.ok(froms.length >= 2 && /golang/.test(froms[0]), `a multi-stage Go Dockerfile: ${JSON.stringify(froms)}`);
      const firstLine = written.Dockerfile.split('\n')[0];
      await until(async () => normalise((await ed.editor.locator('.view-lines .view-line').first().innerText())) === normalise(firstLine), 'the Dockerfile shown in the editor');
      await ed.screenshot('scaffolded');

      await ed.runCommand('Dockwise: Create Multi-Stage Dockerfile');
      const dialog = ed.page.locator('.monaco-dialog-box');
      notes.secondRunQuestions = await answerQuestions(ed, () => dialog.isVisible());
      const message = normalise(await dialog.innerText());
      notes.overwritePrompt = message;
      for (const f of generated) assert.ok(message.includes(f), `the prompt names ${f}: ${message}`);
      await ed.screenshot('overwrite-prompt');
      for (const [f, text] of Object.entries(written)) assert.equal(ed.read(f), text, `${f} untouched while asking`);
      await dialog.locator('.monaco-button', { hasText: /^Cancel$/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.deepEqual(fs.readdirSync(ed.ws).filter((f) => !(f in GO_PROJECT)).sort(), Object.keys(written).sort(), 'no new files after Cancel');
      for (const [f, text] of Object.entries(written)) assert.equal(ed.read(f), text, `${f} untouched after Cancel`);
    });
  });

  scenario('6 Build Stage runs docker build for the picked stage as a task', async (t, notes) => {
    await withEditor({ name: 's6-build-stage', vsix: VSIX, files: { Dockerfile: STAGES_DOCKERFILE, '.dockerignore': DOCKERIGNORE, ...GO_PROJECT } }, async (ed) => {
      await ed.openFile('Dockerfile');
      await ed.runCommand('Dockwise: Build Stage');
      const pick = ed.page.locator('.quick-input-widget');
      const row = pick.locator('.quick-input-list .monaco-list-row', { has: ed.page.locator('.label-name', { hasText: /^test$/ }) }).first();
      // the stages come from the server; if that fails the extension says so in a notification
      const shown = await until(async () => ((await row.isVisible()) ? 'pick' : (await ed.toasts()).join(' | ') || null), 'the stage pick');
      assert.equal(shown, 'pick', `the stage pick did not open; notification: ${shown}`);
      notes.stages = (await ed.quickInput()).rows;
      await row.click();
      const tag = 'dockwise-e2e:test';
      const input = pick.locator('.quick-input-box input');
      await until(async () => (await ed.quickInput())?.rows.length === 0, 'the image tag input');
      await input.fill(tag);
      await ed.press('Enter');
      const expected = `docker build --target test -t ${tag} -f ${ed.abs('Dockerfile')} ${ed.ws}`;
      // xterm wraps long lines into several rows: compare with the row breaks removed
      const flat = async () => (await ed.terminalText()).replace(/\n/g, '');
      const started = await until(async () => { const t = await flat(); return t.includes('Executing task') && t.includes(expected) ? t : null; },
        `the task terminal to show ${expected}`).catch(async (e) => { e.message += `\n  terminal: ${await ed.terminalText()}`; throw e; });
      const ended = await until(async () => { const t = await flat(); return /Terminal will be reused by tasks|terminated with exit code|failed to launch/.test(t) ? t : null; }, 'the task to end');
      await ed.screenshot('build-task');
      notes.commandLine = /Executing task: ([^*]*?docker build[^*]*?)(?: \*|$)/.exec(started)?.[1]?.trim();
      // without a Docker engine docker exits non-zero: VS Code reports it in the terminal and marks the task failed
      const exit = /(?:terminated with exit code|failed to launch \(exit code): (\d+)/.exec(ended);
      notes.exitCode = exit ? Number(exit[1]) : 0;
      notes.dockerSaid = /Cannot connect to the Docker daemon[^\n]*?\?|ERROR:[^*]{0,120}/.exec(ended)?.[0];
      if (exit) assert.notEqual(notes.exitCode, 0);
      const errors = (await ed.toasts()).filter((x) => /dockwise|error|failed/i.test(x));
      assert.deepEqual(errors, [], 'no error notification: the failure is reported in the task terminal');
    });
  });

  scenario('7 a 2,000-line Dockerfile: diagnostics follow each edit', async (t, notes) => {
    const big = bigDockerfile();
    assert.ok(lines(big).length >= 1998);
    await withEditor({ name: 's7-big-file', vsix: VSIX, files: { Dockerfile: big, '.dockerignore': DOCKERIGNORE } }, async (ed) => {
      await ed.openFile('Dockerfile');
      await ed.showProblems();
      // the server has answered once the file's entry, if any, is stable; an edit then must show up
      const is = (code, line) => (r) => ours(r) && r.code === code && r.line === line;
      const steps = [];
      const step = async (label, edit, expect) => {
        const t0 = performance.now();
        await edit();
        for (const [code, line, present] of expect) {
          if (present) await ed.waitForProblem(is(code, line), `${code} on line ${line} after ${label}`);
          else await ed.waitNoProblem((r) => ours(r) && r.code === code, `no ${code} after ${label}`);
        }
        steps.push({ label, ms: Math.round(performance.now() - t0) });
      };
      await step('insert a COPY with && at line 1000', async () => { await ed.goTo(1000, 1); await ed.type('COPY . . && make\n'); }, [['ShellSyntaxInCopy', 1000, true]]);
      await step('insert RUNN at line 20', async () => { await ed.goTo(20, 1); await ed.type('RUNN echo hi\n'); },
        [['UnknownInstruction', 20, true], ['ShellSyntaxInCopy', 1001, true]]);
      await ed.screenshot('big-file-two-problems');
      await step('delete line 20', async () => { await ed.goTo(20, 1); await ed.press('Control+Shift+K'); },
        [['UnknownInstruction', 0, false], ['ShellSyntaxInCopy', 1000, true]]);
      await step('delete line 1000', async () => { await ed.goTo(1000, 1); await ed.press('Control+Shift+K'); }, [['ShellSyntaxInCopy', 0, false]]);
      await ed.save();
      assert.equal(ed.read('Dockerfile'), big, 'the edits were undone by hand');
      notes.steps = steps;
    });
  });
});

/**
 * Answers the scaffolder's questions with their defaults (Enter on the focused pick or the prefilled
 * input) until `done()`; returns the questions as shown. Fails if it keeps asking.
 */
async function answerQuestions(ed, done) {
  const asked = [];
  for (let n = 0; n < 12; n++) {
    const state = await until(async () => {
      if (await done()) return { done: true };
      const q = await ed.quickInput();
      return q && (q.rows.length > 0 || q.title || q.message) ? { q } : null;
    }, 'the next question or the result');
    if (state.done) return asked;
    const key = JSON.stringify(state.q);
    asked.push([state.q.title, state.q.placeholder || state.q.message, state.q.rows[0] || state.q.value].filter(Boolean).join(' | '));
    await ed.press('Enter');
    await until(async () => (await done()) || JSON.stringify(await ed.quickInput()) !== key, 'the answer to be taken');
  }
  throw new Error(`still asking after 12 answers: ${JSON.stringify(asked)}`);
}

/** Activation time as the editor measured it (Running Extensions view), and the extension host's log of it. */
async function measureActivation(ed, notes) {
  const out = { extension: EXTENSION_ID };
  const hostLog = ed.logFiles(/^remoteexthost\.log$/)[0];
  if (hostLog) {
    const line = fs.readFileSync(hostLog, 'utf8').split('\n').find((l) => l.includes(`_doActivateExtension ${EXTENSION_ID},`));
    if (line) { out.activationEvent = /activationEvent: '([^']*)'/.exec(line)?.[1]; out.activatedAt = line.slice(0, 23); }
  }
  for (const f of ed.logFiles(/^Dockwise\.log$/)) {
    const m = /activated in (\d+) ms/.exec(fs.readFileSync(f, 'utf8'));
    if (m) out.extensionLogged_ms = Number(m[1]);
  }
  await ed.runCommand('Developer: Show Running Extensions');
  const row = ed.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: /Dockwise/ }).first();
  await row.waitFor({ state: 'visible' });
  const time = await until(async () => /(\d+)\s*ms/.exec(await row.locator('.activation-time').innerText()), 'the activation time');
  out.runningExtensionsView_ms = Number(time[1]);
  out.firstDiagnosticAfterOpen_ms = notes.firstDiagnosticAfterOpen_ms;
  await ed.screenshot('running-extensions');
  return out;
}
