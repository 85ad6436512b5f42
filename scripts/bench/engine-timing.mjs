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

/** Median of repeated runs, repeated until ~1.5 s or 30 runs, after warm-up runs that let the JIT settle. */
async function time(path, text) {
  for (let i = 0; i < 3; i++) await lintText({ path, text });
  const samples = [];
  const budgetEnd = performance.now() + 1500;
  let diagnostics = 0;
  while (samples.length < 5 || (samples.length < 30 && performance.now() < budgetEnd)) {
    const startedAt = performance.now();
    const result = await lintText({ path, text });
    samples.push(performance.now() - startedAt);
    diagnostics = Array.isArray(result) ? result.length : Array.isArray(result?.diagnostics) ? result.diagnostics.length : diagnostics;
  }
  return { ms: median(samples), runs: samples.length, diagnostics };
}

const results = [];
for (const lines of sizes) {
  const text = generateDockerfile({ lines });
  results.push({ lines, actualLines: text.split('\n').length - 1, ...(await time(`/bench/${lines}/Dockerfile`, text)) });
}
process.stdout.write(JSON.stringify(results) + '\n');
