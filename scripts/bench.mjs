#!/usr/bin/env node
// `npm run bench`: times our language server against the ones VS Code users run today, plus the CLI and the engine; prints a table and writes bench-results/latest.json.
// Options: --only ours|theirs  --rounds 3  --edits 32  --hovers 60  --lines 2000  --services 150  --compose-node24  --ours-source  --skip lsp,cli,engine
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeComposeProject } from './bench/gen-compose.mjs';
import { DOCKERFILE_SIZES, generateDockerfile } from './bench/gen-dockerfile.mjs';
import { LspSession, killAllChildren, trackChild } from './bench/lsp-session.mjs';
import { parseArgs } from './bench/prng.mjs';
import { composeNode, composeServer, dockerfileServer, oursServer, serverPaths, tsxLoader } from './bench/servers.mjs';
import { composeHoverPositions, dockerfileHoverPositions, median, percentile, planEdits } from './bench/workload.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUTS = { initialize: 20000, diagnostics: 20000, hover: 10000, cli: 300000, engine: 300000 };

const { options } = parseArgs(process.argv.slice(2));
const settings = {
  only: options.only ?? 'both',
  rounds: Number(options.rounds ?? 3),
  edits: Number(options.edits ?? 32),
  hovers: Number(options.hovers ?? 60),
  lines: Number(options.lines ?? 2000),
  services: Number(options.services ?? 150),
  skip: new Set(String(options.skip ?? '').split(',').filter(Boolean)),
  composeNode24: Boolean(options['compose-node24']),
  oursSource: Boolean(options['ours-source']),
};
if (!['ours', 'theirs', 'both'].includes(settings.only) || !(settings.rounds >= 1) || !(settings.edits >= 1) || !(settings.hovers >= 1)) {
  process.stderr.write('usage: node scripts/bench.mjs [--only ours|theirs|both] [--rounds N] [--edits N] [--hovers N] [--lines N] [--services N] [--compose-node24] [--ours-source] [--skip lsp,cli,engine]\n');
  process.exit(2);
}

const notes = [];
const note = (text) => { notes.push(text); process.stderr.write(`note: ${text}\n`); };
const progress = (text) => process.stderr.write(`${text}\n`);

// ---------------------------------------------------------------- language servers

/** One server's whole session on one document: start, open, hovers, edits, memory; errors are recorded, never thrown. */
async function runSession(server, scenario) {
  const session = new LspSession(server);
  const result = { initializeMs: NaN, openMs: NaN, openDiagnostics: NaN, editMs: [], hoverMs: [], hoversAnswered: 0, answeredByCategory: {}, rssMiB: NaN, peakMiB: NaN, syncKind: null, error: null };
  try {
    result.initializeMs = await session.start({ rootUri: scenario.rootUri, locale: 'en', timeoutMs: TIMEOUTS.initialize });
    result.syncKind = session.syncKind === 2 ? 'incremental' : 'full';
    const opened = await session.open({ uri: scenario.uri, languageId: scenario.languageId, text: scenario.text, timeoutMs: TIMEOUTS.diagnostics });
    result.openMs = opened.ms;
    result.openDiagnostics = opened.count;
    // Hovers go first, while the positions computed on the original text still hold.
    for (const { position, category } of scenario.hovers) {
      const hover = await session.hover({ uri: scenario.uri, position, timeoutMs: TIMEOUTS.hover });
      result.hoverMs.push(hover.ms);
      if (!hover.answered) continue;
      result.hoversAnswered++;
      result.answeredByCategory[category] = (result.answeredByCategory[category] ?? 0) + 1;
    }
    let version = 1;
    for (const edit of scenario.edits) {
      version++;
      result.editMs.push(await session.change({ uri: scenario.uri, version, edit, newText: edit.newText, timeoutMs: TIMEOUTS.diagnostics }));
    }
    Object.assign(result, session.residentMemory());
  } catch (error) {
    result.error = error.message;
  } finally {
    await session.stop();
  }
  return result;
}

function summarize(runs) {
  const ok = runs.filter((run) => !run.error);
  const all = (key) => ok.flatMap((run) => run[key]);
  const med = (key) => median(ok.map((run) => run[key]).filter(Number.isFinite));
  return {
    rounds: runs.length,
    failed: runs.filter((run) => run.error).map((run) => run.error),
    initializeMs: med('initializeMs'),
    openMs: med('openMs'),
    openDiagnostics: med('openDiagnostics'),
    editP50: percentile(all('editMs'), 50),
    editP95: percentile(all('editMs'), 95),
    edits: all('editMs').length,
    hoverP50: percentile(all('hoverMs'), 50),
    hoverP95: percentile(all('hoverMs'), 95),
    hovers: all('hoverMs').length,
    hoversAnswered: ok.length ? Math.round(ok.reduce((sum, run) => sum + run.hoversAnswered, 0) / ok.length) : NaN,
    answeredByCategory: ok[0]?.answeredByCategory ?? {},
    rssMiB: med('rssMiB'),
    peakMiB: med('peakMiB'),
    syncKind: ok[0]?.syncKind ?? null,
  };
}

async function benchServers(workspace, haveOurs) {
  const dockerfileText = generateDockerfile({ lines: settings.lines });
  writeFileSync(join(workspace, 'Dockerfile'), dockerfileText);
  const composeText = readFileSync(join(workspace, 'compose.yaml'), 'utf8');
  const rootUri = pathToFileURL(workspace).href;
  const wantTheirs = settings.only !== 'ours';
  const composeRuntime = wantTheirs ? await composeNode(ROOT, { force24: settings.composeNode24 }) : null;
  if (composeRuntime?.note) note(`@microsoft/compose-language-service: ${composeRuntime.note}`);

  const scenarios = [
    {
      id: 'dockerfile', title: `Dockerfile, ${lineCount(dockerfileText)} lines`, languageId: 'dockerfile', rootUri,
      uri: pathToFileURL(join(workspace, 'Dockerfile')).href, text: dockerfileText,
      edits: planEdits(dockerfileText, settings.edits), hovers: dockerfileHoverPositions(dockerfileText, settings.hovers),
      theirs: dockerfileServer(ROOT, workspace),
    },
    {
      id: 'compose', title: `Compose, ${lineCount(composeText)} lines, ${settings.services} services`, languageId: 'dockercompose', rootUri,
      uri: pathToFileURL(join(workspace, 'compose.yaml')).href, text: composeText,
      edits: planEdits(composeText, settings.edits), hovers: composeHoverPositions(composeText, settings.hovers),
      theirs: composeRuntime && composeServer(ROOT, workspace, composeRuntime),
    },
  ];

  const results = {};
  for (const scenario of scenarios) {
    const contenders = [];
    if (haveOurs) contenders.push({ side: 'ours', server: oursServer(ROOT, workspace, { fromSource: settings.oursSource }) });
    if (wantTheirs) contenders.push({ side: 'theirs', server: scenario.theirs });
    const runs = { ours: [], theirs: [] };
    for (let round = 0; round < settings.rounds; round++) {
      // Alternate who goes first so drift on the machine does not favour one side.
      const order = round % 2 === 0 ? contenders : [...contenders].reverse();
      for (const { side, server } of order) {
        progress(`${scenario.title}: round ${round + 1}/${settings.rounds}, ${server.name}`);
        const run = await runSession(server, scenario);
        if (run.error) progress(`  failed: ${run.error}`);
        runs[side].push(run);
      }
    }
    results[scenario.id] = {
      title: scenario.title,
      edits: scenario.edits.length,
      hovers: scenario.hovers.length,
      hoverCategories: countBy(scenario.hovers.map((hover) => hover.category)),
      ours: haveOurs ? { server: contenders[0].server.name, node: process.version, ...summarize(runs.ours) } : null,
      theirs: wantTheirs ? { server: scenario.theirs.name, node: scenario.theirs.node, ...summarize(runs.theirs) } : null,
    };
  }
  return results;
}

// ---------------------------------------------------------------- CLI and engine

/** Runs a child with a deadline; resolves with its exit, output and wall time, killing it when late. */
function runChild(command, args, timeoutMs) {
  return new Promise((resolvePromise) => {
    const startedAt = performance.now();
    const child = trackChild(spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
    const stdout = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const finish = (code, signal, error) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, error, ms: performance.now() - startedAt, stdout: Buffer.concat(stdout).toString('utf8'), stderr });
    };
    child.on('error', (error) => finish(null, null, error.message));
    child.on('exit', (code, signal) => finish(code, signal, null));
  });
}

function listFiles(dir, keep) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(path, keep));
    else if (entry.isFile() && keep(entry.name)) found.push(path);
  }
  return found.sort();
}

/** Diagnostics in the CLI's JSON, whatever its exact shape: a list of findings, or of files each with findings. */
function countFindings(json) {
  if (Array.isArray(json)) return json.reduce((sum, item) => sum + (Array.isArray(item?.diagnostics) ? item.diagnostics.length : 1), 0);
  if (json && typeof json === 'object') {
    for (const key of ['files', 'results', 'diagnostics']) if (Array.isArray(json[key])) return countFindings(json[key]);
  }
  return NaN;
}

async function benchCli() {
  const corpus = resolve(ROOT, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) return { skipped: `no corpus at ${corpus}` };
  const source = join(ROOT, 'server', 'src', 'cli', 'bin.ts');
  const cli = settings.oursSource ? source : [join(ROOT, 'dist', 'cli.js'), join(ROOT, 'bin', 'dockwise.js')].find((path) => existsSync(path) && (!path.endsWith('dockwise.js') || existsSync(join(ROOT, 'dist'))));
  if (!cli || !existsSync(cli)) return { skipped: 'no dist/cli.js or bin/dockwise.js yet (npm run build)' };
  const prefix = settings.oursSource ? ['--import', tsxLoader()] : [];
  const companions = new Set(['.dockerignore', '.env', 'README.md', 'SOURCES.tsv']);
  const kinds = [
    { kind: 'dockerfiles', files: existsSync(join(corpus, 'dockerfiles')) ? listFiles(join(corpus, 'dockerfiles'), (name) => !companions.has(name)) : [] },
    { kind: 'compose', files: existsSync(join(corpus, 'compose')) ? listFiles(join(corpus, 'compose'), (name) => !companions.has(name)) : [] },
  ];
  const results = [];
  for (const { kind, files } of kinds) {
    if (files.length === 0) continue;
    progress(`CLI: lint ${files.length} ${kind} of the corpus`);
    const run = await runChild(process.execPath, [...prefix, cli, 'lint', '--format', 'json', ...files], TIMEOUTS.cli);
    let findings = NaN;
    try { findings = countFindings(JSON.parse(run.stdout)); } catch { /* reported as n/a */ }
    results.push({
      kind, files: files.length, ms: run.ms, msPerFile: run.ms / files.length, exitCode: run.code, signal: run.signal, findings,
      problem: run.error ?? (run.signal ? `killed (${run.signal}) after ${TIMEOUTS.cli} ms` : run.code > 1 || run.code === null ? run.stderr.trim().split('\n').slice(-3).join(' | ') : null),
    });
  }
  return { cli: relative(ROOT, cli), results };
}

async function benchEngine() {
  const engine = join(ROOT, 'server', 'src', 'engine', 'index.ts');
  if (!existsSync(engine)) return { skipped: 'no server/src/engine/index.ts yet' };
  progress(`engine: lintText on Dockerfiles of ${DOCKERFILE_SIZES.join(', ')} lines`);
  const run = await runChild(process.execPath, ['--import', tsxLoader(), join(ROOT, 'scripts', 'bench', 'engine-timing.mjs'), engine], TIMEOUTS.engine);
  if (run.code !== 0) return { skipped: `engine timing failed: ${(run.error ?? run.stderr.trim().split('\n').slice(-3).join(' | ')) || run.signal}` };
  const sizes = JSON.parse(run.stdout.trim().split('\n').pop());
  const at = (lines) => sizes.find((size) => size.lines === lines)?.ms;
  const fastest = (lines) => sizes.find((size) => size.lines === lines)?.minMs;
  return { sizes, growth8000over1000: at(8000) / at(1000), growth8000over1000Fastest: fastest(8000) / fastest(1000) };
}

// ---------------------------------------------------------------- report

const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const countBy = (items) => items.reduce((counts, item) => ({ ...counts, [item]: (counts[item] ?? 0) + 1 }), {});
const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ratio = (ours, theirs) => (Number.isFinite(ours) && Number.isFinite(theirs) && theirs > 0 ? ours / theirs : NaN);

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row, index) => {
    const line = row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
    return index === 0 ? `${line}\n${widths.map((width) => '-'.repeat(width)).join('  ')}` : line;
  }).join('\n');
}

/** Goals from issue 8, as ratios ours/theirs (or the engine's growth) that must not be exceeded. */
const GOALS = [
  { label: 'Dockerfile: edit → diagnostics p50, ours/theirs', max: 0.1, value: (r) => ratio(r.lsp?.dockerfile?.ours?.editP50, r.lsp?.dockerfile?.theirs?.editP50) },
  { label: 'Dockerfile: hover p50, ours/theirs', max: 0.05, value: (r) => ratio(r.lsp?.dockerfile?.ours?.hoverP50, r.lsp?.dockerfile?.theirs?.hoverP50) },
  { label: 'Dockerfile: open → first diagnostics, ours/theirs', max: 0.5, value: (r) => ratio(r.lsp?.dockerfile?.ours?.openMs, r.lsp?.dockerfile?.theirs?.openMs) },
  { label: 'Dockerfile: resident memory, ours/theirs', max: 1, value: (r) => ratio(r.lsp?.dockerfile?.ours?.rssMiB, r.lsp?.dockerfile?.theirs?.rssMiB) },
  { label: 'Compose: edit → diagnostics p50, ours/theirs', max: 0.05, value: (r) => ratio(r.lsp?.compose?.ours?.editP50, r.lsp?.compose?.theirs?.editP50) },
  { label: 'Engine: lint time 8,000 / 1,000 lines', max: 9, value: (r) => r.engine?.growth8000over1000 },
];

function printReport(report) {
  const out = [];
  out.push(`Dockwise benchmark — ${report.date}, Node ${report.node}, ${report.cpu} ×${report.cores}`);
  for (const scenario of Object.values(report.lsp ?? {})) {
    const ours = scenario.ours;
    const theirs = scenario.theirs;
    out.push('', `${scenario.title} — ${settings.rounds} round(s)${ours && theirs ? ' taking turns' : ''}, ${scenario.edits} edits and ${scenario.hovers} hovers per round`);
    const header = ['figure'];
    if (ours) header.push(ours.server);
    if (theirs) header.push(`${theirs.server} (${theirs.node})`);
    if (ours && theirs) header.push('ours/theirs');
    const rows = [header];
    const add = (label, key, digits = 1) => {
      const row = [label];
      if (ours) row.push(fmt(ours[key], digits));
      if (theirs) row.push(fmt(theirs[key], digits));
      if (ours && theirs) row.push(fmt(ratio(ours[key], theirs[key]), 3));
      rows.push(row);
    };
    add('start → initialize result, ms (median)', 'initializeMs');
    add('open → first diagnostics, ms (median)', 'openMs');
    add('edit → diagnostics p50, ms', 'editP50');
    add('edit → diagnostics p95, ms', 'editP95');
    add('hover p50, ms', 'hoverP50', 2);
    add('hover p95, ms', 'hoverP95', 2);
    add('resident memory after run, MiB (median)', 'rssMiB');
    const info = (label, value) => {
      const row = [label];
      if (ours) row.push(value(ours));
      if (theirs) row.push(value(theirs));
      if (ours && theirs) row.push('');
      rows.push(row);
    };
    info('diagnostics at open', (side) => fmt(side.openDiagnostics, 0));
    info('hovers with content, per round', (side) => `${fmt(side.hoversAnswered, 0)}/${scenario.hovers}`);
    info('document sync', (side) => side.syncKind ?? 'n/a');
    out.push(table(rows));
    for (const side of [ours, theirs].filter(Boolean)) {
      if (side.failed.length) out.push(`  ${side.server} failed ${side.failed.length}/${side.rounds} rounds: ${side.failed[0]}`);
    }
  }

  out.push('', 'CLI on ../shared/corpus/');
  if (report.cli?.skipped) out.push(`  skipped: ${report.cli.skipped}`);
  else {
    const rows = [['files', 'count', 'total ms', 'ms/file', 'exit', 'findings']];
    for (const run of report.cli.results) rows.push([run.kind, run.files, fmt(run.ms, 0), fmt(run.msPerFile, 2), run.exitCode ?? run.signal, fmt(run.findings, 0)]);
    out.push(table(rows));
    for (const run of report.cli.results) if (run.problem) out.push(`  ${run.kind}: ${run.problem}`);
  }

  out.push('', 'Engine lintText on generated Dockerfiles');
  if (report.engine?.skipped) out.push(`  skipped: ${report.engine.skipped}`);
  else {
    const rows = [['lines', 'actual lines', 'ms (median)', 'ms (fastest)', 'runs', 'diagnostics']];
    for (const size of report.engine.sizes) rows.push([size.lines, size.actualLines, fmt(size.ms, 2), fmt(size.minMs, 2), size.runs, size.diagnostics]);
    out.push(table(rows), `  growth 8,000 / 1,000 lines: ${fmt(report.engine.growth8000over1000, 2)} on medians, ${fmt(report.engine.growth8000over1000Fastest, 2)} on fastest runs (the lines ratio is ${fmt(report.engine.sizes.at(-1).actualLines / report.engine.sizes[1].actualLines, 2)})`);
  }

  out.push('', 'Goals');
  const rows = [['goal', 'value', 'limit', 'verdict']];
  for (const goal of report.goals) rows.push([goal.label, fmt(goal.value, 3), `≤ ${goal.max}`, goal.verdict]);
  out.push(table(rows));
  if (report.notes.length) out.push('', 'Notes', ...report.notes.map((text) => `- ${text}`));
  process.stdout.write(out.join('\n') + '\n');
}

// ---------------------------------------------------------------- main

async function main() {
  const haveOurs = settings.only !== 'theirs' && (settings.oursSource || existsSync(serverPaths(ROOT).ours));
  if (settings.only !== 'theirs' && !haveOurs) {
    note('dist/server.js is missing (npm run build): only the competitors were measured');
    if (settings.only === 'ours') throw new Error('--only ours needs dist/server.js');
  }
  if (settings.only !== 'ours' && !settings.skip.has('lsp')) {
    note('neither competitor tags diagnostics with a version: their edit time is until the first diagnostics after the change');
    note('@microsoft/compose-language-service publishes diagnostics after its default 1,000 ms debounce, as VS Code users get them');
  }
  if (settings.oursSource) note('ours ran from the TypeScript source through tsx, not from the bundle');

  const workspace = mkdtempSync(join(tmpdir(), 'dockwise-bench-'));
  const report = { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown cpu', cores: cpus().length, settings: { ...settings, skip: [...settings.skip] }, notes, loadAverage: loadavg()[0] };
  try {
    writeComposeProject({ dir: workspace, services: settings.services });
    if (!settings.skip.has('lsp')) report.lsp = await benchServers(workspace, haveOurs);
    report.cli = settings.skip.has('cli') ? { skipped: '--skip cli' } : await benchCli();
    report.engine = settings.skip.has('engine') ? { skipped: '--skip engine' } : await benchEngine();
  } finally {
    killAllChildren();
    rmSync(workspace, { recursive: true, force: true });
  }
  report.loadAverage = { atStart: report.loadAverage, atEnd: loadavg()[0] };
  // Other work on the machine distorts every figure: say so next to them.
  const busiest = Math.max(report.loadAverage.atStart, report.loadAverage.atEnd);
  if (busiest > report.cores) note(`the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${report.cores} cores): figures are noisy, compare ratios, or run again when idle`);
  report.goals = GOALS.map((goal) => {
    const value = goal.value(report);
    return { label: goal.label, max: goal.max, value: Number.isFinite(value) ? value : null, verdict: Number.isFinite(value) ? (value <= goal.max ? 'met' : 'MISSED') : 'not measured' };
  });
  printReport(report);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  process.stderr.write(`wrote ${relative(process.cwd(), join(ROOT, 'bench-results', 'latest.json')) || 'bench-results/latest.json'}\n`);
}

main().catch((error) => {
  killAllChildren();
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
