// Checks that the benchmark's inputs and client are sound (deterministic, valid, bounded); it times nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { DOCKERFILE_SIZES, generateDockerfile } from './gen-dockerfile.mjs';
import { generateCompose, writeComposeProject } from './gen-compose.mjs';
import { composeHoverPositions, dockerfileHoverPositions, percentile, planEdits } from './workload.mjs';
import { LspSession } from './lsp-session.mjs';
import { dockerfileServer } from './servers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('Dockerfiles come out the same every time, near the asked size, with the constructs the benchmark needs', () => {
  for (const lines of DOCKERFILE_SIZES) {
    const text = generateDockerfile({ lines });
    assert.equal(text, generateDockerfile({ lines }));
    const actual = text.split('\n').length - 1;
    assert.ok(Math.abs(actual - lines) / lines < 0.06, `${lines} asked, ${actual} made`);
    for (const construct of ['--mount=type=cache', '--mount=type=secret', 'RUN <<EOF', 'COPY <<EOF', 'COPY --from=', 'HEALTHCHECK --interval', '\nARG ', '\nENV ', '\nLABEL ']) {
      assert.ok(text.includes(construct), `${lines}: ${construct}`);
    }
  }
  assert.notEqual(generateDockerfile({ lines: 500, seed: 1 }), generateDockerfile({ lines: 500, seed: 2 }));
});

test('every stage a Dockerfile copies from is defined before it', () => {
  const text = generateDockerfile({ lines: 2000 });
  const defined = new Set();
  const undefinedRefs = [];
  for (const line of text.split('\n')) {
    const from = line.match(/--from=([\w.-]+)/)?.[1];
    if (from && !defined.has(from)) undefinedRefs.push(from);
    const stage = line.match(/^FROM .* AS ([\w.-]+)$/)?.[1];
    if (stage) defined.add(stage);
  }
  assert.deepEqual(undefinedRefs, []);
});

test('the compose project is valid YAML whose references all resolve', () => {
  const { files, services } = generateCompose();
  assert.deepEqual(generateCompose().files, files);
  const text = files['compose.yaml'];
  const lines = text.split('\n').length - 1;
  assert.ok(lines > 4200 && lines < 4800, `${lines} lines`);
  const document = parseDocument(text, { merge: true });
  assert.deepEqual([document.errors, document.warnings], [[], []]);
  const model = document.toJS({ maxAliasCount: -1 });
  assert.deepEqual(Object.keys(model.services), services);
  assert.equal(services.length, 150);
  const problems = [];
  services.forEach((name, index) => {
    const service = model.services[name];
    for (const dependency of Object.keys(service.depends_on ?? {})) {
      if (!(services.indexOf(dependency) >= 0 && services.indexOf(dependency) < index)) problems.push(`${name} depends on ${dependency}`);
    }
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : undefined;
      if (source && !source.startsWith('.') && !(source in model.volumes)) problems.push(`${name} mounts undeclared ${source}`);
    }
    if (service.build) {
      const dockerfile = files[`${service.build.context.slice(2)}/${service.build.dockerfile}`];
      if (!dockerfile) problems.push(`${name} builds from a missing Dockerfile`);
      else if (!new RegExp(` AS ${service.build.target}$`, 'm').test(dockerfile)) problems.push(`${name} targets a missing stage`);
    }
  });
  assert.deepEqual(problems, []);
  assert.match(files['.env'], /^REGISTRY=/m);
});

test('the compose project is written to disk with its Dockerfiles and .env', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
  try {
    writeComposeProject({ dir, services: 5 });
    const { files } = generateCompose({ services: 5 });
    for (const [path, text] of Object.entries(files)) assert.equal(readFileSync(join(dir, path), 'utf8'), text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('edits are single keystrokes on distinct lines spread over the whole file', () => {
  for (const text of [generateDockerfile({ lines: 2000 }), generateCompose().files['compose.yaml']]) {
    const edits = planEdits(text, 32);
    assert.equal(edits.length, 32);
    const lines = edits.map((edit) => edit.range.start.line);
    assert.equal(new Set(lines).size, 32);
    const total = text.split('\n').length;
    assert.ok(Math.min(...lines) < total * 0.05 && Math.max(...lines) > total * 0.95, `lines ${Math.min(...lines)}..${Math.max(...lines)} of ${total}`);
    let before = text;
    edits.forEach((edit, k) => {
      const { start, end } = edit.range;
      assert.equal(start.line, end.line);
      const span = end.character - start.character;
      assert.deepEqual([span, edit.text.length], k % 2 === 0 ? [0, 1] : [1, 0]);
      assert.equal(edit.newText.length, before.length + (k % 2 === 0 ? 1 : -1));
      before = edit.newText;
    });
  }
});

test('hover positions cover every category, 60 in all, each inside its line', () => {
  const cases = [
    [generateDockerfile({ lines: 2000 }), dockerfileHoverPositions, { instruction: 12, flag: 12, mountOption: 12, variable: 12, stage: 12 }],
    [generateCompose().files['compose.yaml'], composeHoverPositions, { serviceKey: 10, nestedKey: 10, serviceName: 10, variable: 10, mergeOrAlias: 10, value: 10 }],
  ];
  for (const [text, find, expected] of cases) {
    const positions = find(text, 60);
    const counts = {};
    for (const { category } of positions) counts[category] = (counts[category] ?? 0) + 1;
    assert.deepEqual(counts, expected);
    const lines = text.split('\n');
    for (const { position } of positions) assert.ok(position.character < lines[position.line].length);
  }
});

test('percentile is nearest-rank', () => {
  const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
  assert.deepEqual([percentile(values, 50), percentile(values, 95), percentile(values, 100), percentile([], 50)], [5, 10, 10, NaN]);
});

test('the client drives a real server: open, hover, edit, memory, stop', { skip: !existsSync(join(ROOT, 'node_modules', 'dockerfile-language-server-nodejs')) && 'no dockerfile-language-server-nodejs' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
  const session = new LspSession(dockerfileServer(ROOT, dir));
  try {
    const uri = pathToFileURL(join(dir, 'Dockerfile')).href;
    const text = 'FROM alpine:3.20\nRUN echo hi\n';
    await session.start({ rootUri: pathToFileURL(dir).href, timeoutMs: 20000 });
    const opened = await session.open({ uri, languageId: 'dockerfile', text, timeoutMs: 20000 });
    assert.equal(opened.count, 0);
    const hover = await session.hover({ uri, position: { line: 1, character: 1 }, timeoutMs: 20000 });
    assert.equal(hover.answered, true);
    // Lower-case instruction: the server warns, and the wait ends on that version's diagnostics.
    const edit = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, text: 'run' };
    await session.change({ uri, version: 2, edit, newText: 'FROM alpine:3.20\nrun echo hi\n', timeoutMs: 20000 });
    assert.equal(session.publishes.at(-1).count, 1);
    assert.ok(session.residentMemory().rssMiB > 0);
  } finally {
    await session.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  assert.notEqual(session.exited, null);
});
