// The scaffolder's output for every ecosystem and runtime base: it follows the notes (checked here directly),
// lints without any diagnostic at info or above, and matches the reviewed expectation files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText, MemoryWorkspace } from '../../server/src/engine/index';
import { detectProjects, type FolderListing } from '../../client/src/scaffold/detect';
import { defaultPorts, isShellless, renderFiles, runtimeChoices, type HealthAnswer, type RuntimeId, type ScaffoldAnswers } from '../../client/src/scaffold/templates';

const expectDir = path.join(__dirname, 'fixtures', 'scaffold');
const update = process.env.UPDATE_EXPECT === '1';
const root = path.resolve('/dockwise-scaffold-test');

/** A realistic folder per detected flavour: the listing detection sees, and the files on "disk". */
const projects: ReadonlyArray<{ id: string; files: Record<string, string>; dirs?: string[] }> = [
  { id: 'go', files: { 'go.mod': 'module github.com/acme/api\n\ngo 1.24\n', 'go.sum': '', 'main.go': 'package main\n' } },
  { id: 'node-npm', files: { 'package.json': '{"name":"web","scripts":{"build":"tsc","start":"node dist/server.js"}}', 'package-lock.json': '{}', 'src/server.ts': '' } },
  { id: 'node-yarn', files: { 'package.json': '{"name":"web","main":"index.js"}', 'yarn.lock': '', 'index.js': '' } },
  { id: 'node-pnpm', files: { 'package.json': '{"name":"web","main":"index.js"}', 'pnpm-lock.yaml': '', 'index.js': '' } },
  { id: 'python-pip', files: { 'requirements.txt': 'flask\n', 'app.py': '' } },
  { id: 'python-poetry', files: { 'pyproject.toml': '[tool.poetry]\nname = "billing"\n', 'poetry.lock': '', 'main.py': '' } },
  { id: 'java-maven', files: { 'pom.xml': '<project><artifactId>orders</artifactId></project>', 'src/main/java/App.java': '' } },
  { id: 'java-gradle', files: { 'build.gradle': "plugins { id 'java' }\n", 'settings.gradle': '', 'src/main/java/App.java': '' } },
  { id: 'rust', files: { 'Cargo.toml': '[package]\nname = "edge"\n', 'Cargo.lock': '', 'src/main.rs': '' } },
  { id: 'php', files: { 'composer.json': '{"name":"acme/blog"}', 'composer.lock': '{}', 'public/index.php': '' } },
  { id: 'dotnet', files: { 'Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>', 'Program.cs': '' } },
];

function listingOf(files: Record<string, string>): FolderListing {
  const names = new Set<string>();
  for (const rel of Object.keys(files)) {
    const [first, ...rest] = rel.split('/');
    names.add(rest.length > 0 ? `${first}/` : first!);
  }
  return { names: [...names].sort(), contents: files, folderName: 'project' };
}

/** The health answer a user would give for this runtime: an HTTP path where the image can probe, else the app's own check. */
function healthFor(runtime: RuntimeId, eco: string): HealthAnswer {
  const probeless = isShellless(runtime) && eco !== 'node';
  return probeless ? { kind: 'command', args: ['healthcheck'] } : { kind: 'http', path: '/health' };
}

interface Variant {
  readonly key: string;
  readonly answers: ScaffoldAnswers;
  readonly files: Record<string, string>;
}

const variants: Variant[] = [];
for (const p of projects) {
  const [project] = detectProjects(listingOf(p.files));
  assert.ok(project, `${p.id} is detected`);
  for (const runtime of runtimeChoices[project.ecosystem]) {
    variants.push({
      key: `${p.id}-${runtime}`,
      files: p.files,
      answers: { project, runtime, port: defaultPorts[project.ecosystem], health: healthFor(runtime, project.ecosystem), entry: project.entry, compose: true, dockerfileName: 'Dockerfile' },
    });
  }
}
// Answers off the main path: no port (a worker), no health check asked for, and a Dockerfile written beside another.
const goProject = detectProjects(listingOf(projects[0]!.files))[0]!;
variants.push(
  { key: 'go-worker-distroless', files: projects[0]!.files, answers: { project: goProject, runtime: 'distroless', port: null, health: { kind: 'none' }, entry: '.', compose: false, dockerfileName: 'Dockerfile' } },
  { key: 'go-nohealth-scratch', files: projects[0]!.files, answers: { project: goProject, runtime: 'scratch', port: 9000, health: { kind: 'none' }, entry: '.', compose: true, dockerfileName: 'Dockerfile.new' } },
);

/** Stages of a Dockerfile as [FROM line, following lines]. */
function stages(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (/^FROM\s/.test(line)) out.push([line]);
    else if (out.length > 0) out[out.length - 1]!.push(line);
  }
  return out;
}

/** Instructions (continuation lines joined) of a stage, without comments. */
function instructions(lines: string[]): string[] {
  return lines.join('\n').replace(/\\\n/g, ' ').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

for (const v of variants) {
  const files = renderFiles(v.answers);

  test(`scaffold ${v.key}: follows the notes`, () => {
    const df = files.Dockerfile;
    const all = stages(df);
    assert.ok(df.startsWith('# syntax=docker/dockerfile:1\n'), 'syntax directive first');
    assert.ok(all.length >= 2, 'a build stage and a runtime stage');
    const final = instructions(all[all.length - 1]!);
    assert.match(final[0]!, / AS runtime$/, 'the final stage is named runtime');
    assert.match(df, /^ARG [A-Z_]+_VERSION=\S+$/m, 'a version pinned through ARG');
    assert.ok(/--mount=type=cache,/.test(df), 'dependency downloads use a cache mount');
    const user = final.filter((l) => l.startsWith('USER ')).pop();
    assert.ok(user !== undefined && !/^USER (root|0)(:|$)/.test(user), 'the final stage runs as a non-root user');
    const cmd = final.filter((l) => l.startsWith('CMD ')).pop();
    assert.ok(cmd !== undefined && /^CMD \[".*"\]$/.test(cmd), 'exec-form CMD');
    const health = final.filter((l) => l.startsWith('HEALTHCHECK ')).pop();
    if (v.answers.port !== null && v.answers.health.kind !== 'none') assert.ok(health !== undefined, 'a HEALTHCHECK');
    if (health !== undefined) assert.match(health, /CMD \[".*"\]$/, 'HEALTHCHECK in exec form');
    if (isShellless(v.answers.runtime)) {
      assert.deepEqual(final.filter((l) => l.startsWith('RUN ')), [], 'no RUN in a shell-less image');
      assert.ok(health === undefined || !/curl|wget/.test(health), 'no curl or wget in a shell-less image');
    }
    if (v.answers.health.kind === 'none' && v.answers.port !== null) assert.match(df, /# No HEALTHCHECK: /, 'a missing HEALTHCHECK is explained');
    // Dependency manifests reach the build before the sources do (or the sources are only bind-mounted).
    const build = instructions(all.find((s) => / AS build$/.test(s[0]!)) ?? all[0]!);
    const copyAll = build.findIndex((l) => /^COPY \. \.$/.test(l));
    const manifestsFirst = build.findIndex((l) => l.startsWith('COPY ') && v.answers.project.manifests.some((m) => l.includes(m)));
    assert.ok(copyAll < 0 || (manifestsFirst >= 0 && manifestsFirst < copyAll) || v.answers.project.packageManager === 'pyproject', 'manifests before sources');
    if (v.answers.project.ecosystem === 'go') {
      assert.match(df, /CGO_ENABLED=0 /, 'a static Go binary');
      if (v.answers.runtime === 'scratch') assert.match(df, /^COPY --from=build \/etc\/ssl\/certs\/ca-certificates\.crt /m, 'CA certificates in scratch');
    }
    assert.match(files['.dockerignore'], /^\.git$/m);
    assert.match(files['.dockerignore'], /^\.env$/m);
  });

  test(`scaffold ${v.key}: no diagnostic at info or above`, () => {
    const ws: Record<string, string> = {};
    for (const [rel, text] of Object.entries(v.files)) ws[path.join(root, rel)] = text;
    const dfPath = path.join(root, v.answers.dockerfileName);
    const ignorePath = path.join(root, v.answers.dockerfileName === 'Dockerfile' ? '.dockerignore' : `${v.answers.dockerfileName}.dockerignore`);
    ws[dfPath] = files.Dockerfile;
    ws[ignorePath] = files['.dockerignore'];
    if (files['compose.yaml'] !== undefined) ws[path.join(root, 'compose.yaml')] = files['compose.yaml'];
    const workspace = new MemoryWorkspace(ws);
    const report = (file: string, text: string, kind: 'dockerfile' | 'compose'): string[] =>
      lintText({ path: file, text, kind }, workspace)
        .filter((f) => f.severity !== 'hint')
        .map((f) => `${path.basename(file)}: ${f.severity} ${f.ruleId} at ${JSON.stringify(text.slice(f.range.start, f.range.end))}: ${f.message.en}`);
    const found = [...report(dfPath, files.Dockerfile, 'dockerfile')];
    if (files['compose.yaml'] !== undefined) found.push(...report(path.join(root, 'compose.yaml'), files['compose.yaml'], 'compose'));
    assert.deepEqual(found, []);
  });

  test(`scaffold ${v.key}: matches the reviewed output`, () => {
    const file = path.join(expectDir, `${v.key}.txt`);
    const actual = Object.entries(files)
      .map(([name, text]) => `===== ${name}\n${text}`)
      .join('');
    if (update) {
      fs.mkdirSync(expectDir, { recursive: true });
      fs.writeFileSync(file, actual);
    }
    assert.ok(fs.existsSync(file), `${file} is missing: run with UPDATE_EXPECT=1 and review it`);
    assert.equal(actual, fs.readFileSync(file, 'utf8'));
  });
}
