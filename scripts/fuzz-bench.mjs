#!/usr/bin/env node
// Measures what the fuzz and huge-input tests may not time: the engine on generated and mutated files
// (per case) and on huge inputs (10,000 services, 1 MB lines, 5 MB Dockerfile, alias bombs, deep nesting).
// Usage: node scripts/fuzz-bench.mjs [--services 10000] [--cases 100] [--per-rule] [--skip huge,cases,scaling]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The engine and the generators are TypeScript: run again under tsx when it is not loaded yet.
if (!process.env.DOCKWISE_FUZZ_BENCH_CHILD) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DOCKWISE_FUZZ_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const services = Number(option('services', '10000'));
const cases = Number(option('cases', '100'));
const perRule = args.includes('--per-rule');
const skip = new Set(option('skip', '').split(',').filter(Boolean));

const load = (rel) => import(pathToFileURL(join(ROOT, rel)).href);
const { Engine, MemoryWorkspace } = await load('server/src/engine/index.ts');
const { allRules } = await load('server/src/engine/registry.ts');
const { parseCompose } = await load('server/src/engine/compose/model.ts');
const { parseDockerfile } = await load('server/src/engine/dockerfile/model.ts');
const huge = await load('test/fuzz/huge.ts');
const arbs = await load('test/fuzz/arbitraries.ts');
const fc = (await import('fast-check')).default;

const rows = [];
const ms = (start) => Math.round(performance.now() - start);
function row(name, size, parseMs, lintMs, findings, note = '') {
  rows.push({ name, size, parseMs, lintMs, findings, note });
  process.stderr.write(`${name}: parse ${parseMs} ms, lint ${lintMs} ms, ${findings} findings ${note}\n`);
}

/** Parse once (timed), then lint with every rule (timed); optionally each rule alone. */
function measure(name, input, { config, ws, rules } = {}) {
  const parse = input.kind === 'compose' ? parseCompose : parseDockerfile;
  let start = performance.now();
  parse(input.text, input.path);
  const parseMs = ms(start);
  const engine = new Engine({ workspace: ws, config, rules, log: (m) => process.stderr.write(`  rule failure: ${m.split('\n')[0]}\n`) });
  engine.model(input);
  start = performance.now();
  const findings = engine.lint(input);
  const lintMs = ms(start);
  let note = '';
  if (perRule) {
    const times = [];
    for (const r of allRules) {
      if (r.kind !== input.kind) continue;
      const one = new Engine({ workspace: ws, config, rules: [r] });
      one.model(input);
      const s = performance.now();
      one.lint(input);
      times.push([r.id, ms(s)]);
    }
    note = 'slowest: ' + times.sort((a, b) => b[1] - a[1]).slice(0, 4).map(([id, t]) => `${id} ${t} ms`).join(', ');
  }
  row(name, input.text.length, parseMs, lintMs, findings.length, note);
}

if (!skip.has('cases')) {
  // The fuzz tests' own work per case: lint, fixes of every finding (each verified by a re-lint), hovers.
  const ws = new MemoryWorkspace({ '/ws/.dockerignore': '', '/ws/.env': 'TAG=1\n' });
  for (const [name, arb, kind, path] of [
    ['generated Dockerfile', arbs.dockerfileArb, 'dockerfile', '/ws/Dockerfile'],
    ['mutated Dockerfile', fc.tuple(arbs.dockerfileArb, arbs.mutationsArb).map(([t, m]) => m.reduce(arbs.mutate, t)), 'dockerfile', '/ws/Dockerfile'],
    ['generated compose', arbs.composeArb, 'compose', '/ws/compose.yaml'],
    ['mutated compose', fc.tuple(arbs.composeArb, arbs.mutationsArb).map(([t, m]) => m.reduce(arbs.mutate, t)), 'compose', '/ws/compose.yaml'],
  ]) {
    const texts = fc.sample(arb, { seed: 42, numRuns: cases });
    const times = [];
    let findings = 0;
    let fixes = 0;
    for (const text of texts) {
      const engine = new Engine({ workspace: ws });
      const input = { path, text, kind };
      const start = performance.now();
      const list = engine.lint(input);
      for (const f of list) fixes += engine.fixes(input, f).length;
      for (let o = 0; o <= text.length; o += Math.max(1, text.length >> 3)) engine.hover(input, o, 'en');
      times.push(performance.now() - start);
      findings += list.length;
    }
    times.sort((a, b) => a - b);
    const median = Math.round(times[times.length >> 1]);
    const p95 = Math.round(times[Math.floor(times.length * 0.95)]);
    const chars = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);
    rows.push({ name: `${name} (per case)`, size: chars, parseMs: '', lintMs: `median ${median}, p95 ${p95}, max ${Math.round(times.at(-1))}`, findings: `${findings} (+${fixes} fixes)`, note: `${cases} cases` });
    process.stderr.write(`${name}: median ${median} ms, p95 ${p95} ms per case\n`);
  }
}

if (!skip.has('huge')) {
  const line = huge.longLine(1 << 20);
  measure('1 MB RUN line', { path: '/ws/Dockerfile', text: `FROM alpine:3.20\nRUN echo ${line}\n`, kind: 'dockerfile' });
  measure('1 MB compose string', { path: '/ws/compose.yaml', text: `services:\n  web:\n    image: nginx:1.27\n    command: "${line}"\n`, kind: 'compose' });
  measure('1 MB compose flow list', { path: '/ws/compose.yaml', text: `services:\n  web:\n    image: nginx:1.27\n    command: [${Array.from({ length: 140_000 }, (_, i) => `a${i}`).join(', ')}]\n`, kind: 'compose' });
  measure('1 MB Dockerfile', { path: '/ws/Dockerfile', text: huge.bigDockerfile(1 << 20), kind: 'dockerfile' });
  const five = huge.bigDockerfile(5 << 20);
  measure('5 MB Dockerfile (default limit: notice)', { path: '/ws/Dockerfile', text: five, kind: 'dockerfile' });
  measure('5 MB Dockerfile (limit raised, analysed)', { path: '/ws/Dockerfile', text: five, kind: 'dockerfile' }, { config: { maxFileSize: 8 << 20 } });
  const bomb = ['x-b:', '  l0: &l0 ["lol", "lol"]', ...Array.from({ length: 11 }, (_, l) => `  l${l + 1}: &l${l + 1} [${Array(10).fill(`*l${l}`).join(', ')}]`), 'services:', '  web:', '    image: nginx:1.27', '    command: *l11', ''].join('\n');
  measure('alias bomb (10^11 values expanded)', { path: '/ws/compose.yaml', text: bomb, kind: 'compose' });
  measure('flow nesting depth 20,000', { path: '/ws/compose.yaml', text: `services:\n  web:\n    image: x\n    command: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, kind: 'compose' });
  measure(`${services} services`, { path: '/ws/compose.yaml', text: huge.manyServices(services), kind: 'compose' }, { ws: new MemoryWorkspace({ '/ws/.env': 'TAG=1\n' }) });
}

if (!skip.has('scaling')) {
  // Doubling the services should double the time; a ratio near 4 means a rule compares every pair.
  const ws = new MemoryWorkspace({ '/ws/.env': 'TAG=1\n' });
  for (const id of ['HostPortConflict', 'DependencyCycle', null]) {
    const rules = id ? allRules.filter((r) => r.id === id) : allRules.filter((r) => r.kind === 'compose' && r.id !== 'HostPortConflict' && r.id !== 'DependencyCycle');
    const t = [];
    for (const n of [1000, 2000, 4000]) {
      const input = { path: '/ws/compose.yaml', text: huge.manyServices(n), kind: 'compose' };
      const engine = new Engine({ workspace: ws, rules });
      engine.model(input);
      const s = performance.now();
      engine.lint(input);
      t.push(ms(s));
    }
    const name = id ?? 'all other compose rules';
    rows.push({ name: `scaling: ${name}`, size: '1k/2k/4k services', parseMs: '', lintMs: t.join(' / '), findings: '', note: `ratio per doubling ${(t[2] / Math.max(1, t[1])).toFixed(1)}` });
    process.stderr.write(`scaling ${name}: ${t.join(' / ')} ms\n`);
  }
}

console.log(`\nnode ${process.version}, ${new Date().toISOString()}\n`);
console.log('| input | chars | parse ms | lint ms | findings | note |\n|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.name} | ${r.size} | ${r.parseMs} | ${r.lintMs} | ${r.findings} | ${r.note} |`);
