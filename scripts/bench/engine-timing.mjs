// Times the engine's lintText on generated Dockerfiles of growing size; run in its own process (with tsx for the TypeScript source) and prints JSON.
// Usage: node --import tsx scripts/bench/engine-timing.mjs ENGINE_MODULE [sizes=500,1000,2000,4000,8000]
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DOCKERFILE_SIZES, generateDockerfile } from './gen-dockerfile.mjs';
import { median } from './workload.mjs';

const [modulePath, sizesArg] = process.argv.slice(2);
const sizes = sizesArg ? sizesArg.split(',').map(Number) : DOCKERFILE_SIZES;
const engine = await import(pathToFileURL(modulePath).href);
const lintText = engine.lintText ?? engine.default?.lintText;
if (typeof lintText !== 'function') throw new Error(`${modulePath} exports no lintText`);

/** Findings in lintText's answer, whether a list or an object holding one. */
const countFindings = (result) => (Array.isArray(result) ? result.length : Array.isArray(result?.diagnostics) ? result.diagnostics.length : NaN);

const inputs = sizes.map((lines) => ({ lines, path: `/bench/${lines}/Dockerfile`, text: generateDockerfile({ lines }), samples: [], diagnostics: NaN }));
// Warm-up runs let the JIT settle before anything is timed.
for (const input of inputs) for (let i = 0; i < 3; i++) input.diagnostics = countFindings(await lintText({ path: input.path, text: input.text }));
// Rounds over all sizes in turn, so noise from other work on the machine spreads evenly over the sizes.
const budgetEnd = performance.now() + 20000;
for (let round = 0; round < 30 && (round < 5 || performance.now() < budgetEnd); round++) {
  for (const input of inputs) {
    const startedAt = performance.now();
    await lintText({ path: input.path, text: input.text });
    input.samples.push(performance.now() - startedAt);
  }
}
const results = inputs.map((input) => ({
  lines: input.lines,
  actualLines: input.text.split('\n').length - 1,
  ms: median(input.samples),
  minMs: Math.min(...input.samples),
  runs: input.samples.length,
  diagnostics: input.diagnostics,
}));
process.stdout.write(JSON.stringify(results) + '\n');
