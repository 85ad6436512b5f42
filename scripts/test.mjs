// `npm test`: generates, bundles, runs every *.test.ts/*.test.mjs with node:test (an explicit file list,
// as Node 20 needs), then the real-editor suite. `--unit` stops before the editor; extra args filter files.
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const filters = args.filter((a) => !a.startsWith('--'));

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function find(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) find(full, out);
    else if (/\.test\.(ts|mjs)$/.test(e.name)) out.push(relative(root, full));
  }
  return out;
}

run(process.execPath, ['esbuild.mjs']);
// Types are part of the contract (a missing translation is a compile error): check them first.
run(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);

const isEditorSuite = (f) => f.startsWith(join('test', 'e2e')) ;
const files = ['server', 'client', 'test', 'scripts']
  .filter((d) => existsSync(join(root, d)))
  .flatMap((d) => find(join(root, d)))
  .filter((f) => !isEditorSuite(f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

console.log(`running ${files.length} test files`);
run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  env: { ...process.env, DOCKWISE_STRICT: '1' },
});

if (!unitOnly && filters.length === 0 && existsSync(join(root, 'test', 'e2e', 'run.mjs'))) {
  run(process.execPath, [join('test', 'e2e', 'run.mjs')]);
}
