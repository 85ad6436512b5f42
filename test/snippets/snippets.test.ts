// Every snippet, expanded with its defaults and placed where a user would insert it, lints without a warning or error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { lintText, MemoryWorkspace } from '../../server/src/engine/index';
import dockerfileSnippets from '../../snippets/dockerfile.json';
import composeSnippets from '../../snippets/compose.json';
import { expandSnippet, insertAt } from './expandSnippet';

interface SnippetFile {
  [name: string]: { prefix: string; description: string; body: string[] };
}

const MARK = '§SNIPPET§';
const root = path.resolve('/dockwise-snippet-test');

/** A host document and the files around it (paths relative to the project folder). */
interface Host {
  readonly file: string;
  readonly text: string;
  readonly files?: Readonly<Record<string, string>>;
}

const dockerignore = '.git\n.env\n.env.*\n*.pem\n*.key\nid_rsa*\nnode_modules/\n';
const projectFiles: Record<string, string> = {
  '.dockerignore': dockerignore,
  'go.mod': 'module example.com/app\n\ngo 1.24\n',
  'go.sum': '',
  'main.go': 'package main\n\nfunc main() {}\n',
  'package.json': '{ "name": "app", "scripts": { "build": "tsc" } }\n',
  'package-lock.json': '{}\n',
  'yarn.lock': '',
  'pnpm-lock.yaml': '',
  'requirements.txt': 'flask==3.1.0\n',
  'main.py': 'print("hi")\n',
  'pom.xml': '<project><artifactId>app</artifactId></project>\n',
  'build.gradle': '',
  'settings.gradle': '',
  'Cargo.toml': '[package]\nname = "app"\n',
  'Cargo.lock': '',
  'src/main.rs': 'fn main() {}\n',
  'composer.json': '{}\n',
  'composer.lock': '{}\n',
  'public/index.php': '<?php\n',
  'App.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
  server: '',
};

const whole: Host = { file: 'Dockerfile', text: MARK, files: projectFiles };

/** A build stage holding the snippet, then a small unprivileged final stage. */
function buildStage(from: string, before: string[], after: string[] = []): Host {
  const text = [
    '# syntax=docker/dockerfile:1',
    `FROM ${from} AS build`,
    ...before,
    MARK,
    ...after,
    '',
    'FROM alpine:3.21',
    'COPY --from=build /etc/hostname /build-host',
    'USER 10001:10001',
    'CMD ["cat", "/build-host"]',
    '',
  ].join('\n');
  return { file: 'Dockerfile', text, files: projectFiles };
}

/** One final stage holding the snippet. */
function finalStage(from: string, before: string[], after: string[]): Host {
  return { file: 'Dockerfile', text: ['# syntax=docker/dockerfile:1', `FROM ${from}`, ...before, MARK, ...after, ''].join('\n'), files: projectFiles };
}

const aptCurl = 'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*';

const dockerfileHosts: Readonly<Record<string, Host>> = {
  'Multi-stage: Go': whole,
  'Multi-stage: Node.js': whole,
  'Multi-stage: Python': whole,
  'Multi-stage: Java (Maven)': whole,
  'Multi-stage: Rust': whole,
  'Multi-stage: PHP': whole,
  'Multi-stage: .NET': whole,
  'Cache mount: apt-get (Debian/Ubuntu)': finalStage('debian:bookworm-slim', [], ['USER 10001:10001', 'CMD ["bash"]']),
  'Cache mount: apk (Alpine)': finalStage('alpine:3.21', [], ['USER 10001:10001', 'CMD ["sh"]']),
  'Cache mount: pip': buildStage('python:3.12-slim', ['WORKDIR /app', 'COPY requirements.txt ./'], ['COPY . .']),
  'Cache mount: npm': buildStage('node:22-alpine', ['WORKDIR /app', 'COPY package.json package-lock.json ./'], ['COPY . .']),
  'Cache mount: Yarn 1': buildStage('node:22-alpine', ['WORKDIR /app', 'COPY package.json yarn.lock ./'], ['COPY . .']),
  'Cache mount: pnpm': buildStage('node:22-alpine', ['ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0', 'WORKDIR /app', 'COPY package.json pnpm-lock.yaml ./'], ['COPY . .']),
  'Cache mount: Go modules and build cache': buildStage('golang:1.24-alpine', ['WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN --mount=type=cache,target=/go/pkg/mod go mod download', 'COPY . .']),
  'Cache mount: Cargo registry and target/': buildStage('rust:1.87-alpine', ['WORKDIR /src', 'COPY . .']),
  'Cache mount: Maven': buildStage('maven:3.9-eclipse-temurin-21', ['WORKDIR /src', 'COPY . .']),
  'Cache mount: Gradle': buildStage('gradle:8.14-jdk21', ['WORKDIR /src', 'COPY . .']),
  'Cache mount: Composer': buildStage('composer:2.8', ['WORKDIR /app', 'COPY composer.json composer.lock ./']),
  'Cache mount: NuGet (dotnet restore)': buildStage('mcr.microsoft.com/dotnet/sdk:8.0-alpine', ['WORKDIR /src', 'COPY App.csproj ./']),
  'Secret mount': buildStage('node:22-alpine', ['WORKDIR /app', 'COPY package.json package-lock.json ./']),
  'SSH mount': buildStage('alpine:3.21', ['RUN apk add --no-cache git openssh-client']),
  'Bind mount': buildStage('python:3.12-slim', ['WORKDIR /app']),
  'HEALTHCHECK with curl': finalStage('debian:bookworm-slim', [aptCurl, 'USER 10001:10001', 'EXPOSE 8080'], ['CMD ["sleep", "infinity"]']),
  'HEALTHCHECK with wget': finalStage('alpine:3.21', ['USER 10001:10001', 'EXPOSE 8080'], ['CMD ["httpd", "-f", "-p", "8080"]']),
  'HEALTHCHECK exec form': finalStage('gcr.io/distroless/static-debian12:nonroot', ['COPY server /app/server', 'USER nonroot:nonroot', 'EXPOSE 8080'], ['CMD ["/app/server"]']),
  'Non-root user: alpine': finalStage('alpine:3.21', [], ['CMD ["sh"]']),
  'Non-root user: Debian/Ubuntu': finalStage('debian:bookworm-slim', [], ['CMD ["bash"]']),
  'Non-root user: distroless': finalStage('gcr.io/distroless/static-debian12:nonroot', ['COPY server /app/server'], ['CMD ["/app/server"]']),
  'apt-get install in one layer': finalStage('debian:bookworm-slim', [], ['USER 10001:10001', 'CMD ["bash"]']),
  'Cross-build stage (ARG + --platform=$BUILDPLATFORM)': {
    file: 'Dockerfile',
    text: ['# syntax=docker/dockerfile:1', MARK, '', 'FROM gcr.io/distroless/static-debian12:nonroot', 'COPY --from=build /out/app /app', 'USER nonroot:nonroot', 'CMD ["/app"]', ''].join('\n'),
    files: projectFiles,
  },
  'Debug stage': {
    file: 'Dockerfile',
    text: ['# syntax=docker/dockerfile:1', 'FROM alpine:3.21 AS runtime', 'COPY server /app/server', 'USER 10001:10001', 'CMD ["/app/server"]', '', MARK, ''].join('\n'),
    files: projectFiles,
  },
};

const composeProject: Record<string, string> = {
  Dockerfile: 'FROM alpine:3.21 AS runtime\nUSER 10001:10001\nCMD ["sleep", "infinity"]\n',
  '.dockerignore': dockerignore,
  '.env': 'POSTGRES_PASSWORD=change-me\nMYSQL_PASSWORD=change-me\nMYSQL_ROOT_PASSWORD=change-me\nRABBITMQ_PASSWORD=change-me\nAPP_ENV=production\n',
  '.gitignore': '.env\nsecrets/\n',
  'secrets/db_password.txt': 'change-me\n',
  'src/main.js': '',
};
const web = ['services:', '  app:', '    image: nginx:1.27-alpine'];
const composeHost = (lines: string[], file = 'compose.yaml', extra: Record<string, string> = {}): Host => ({
  file,
  text: [...lines, ''].join('\n'),
  files: { ...composeProject, ...extra },
});

const composeHosts: Readonly<Record<string, Host>> = {
  'Service built from a Dockerfile stage': composeHost(['services:', `  ${MARK}`]),
  'PostgreSQL service': composeHost(['services:', `  ${MARK}`, 'volumes:', '  pgdata:']),
  'MySQL service': composeHost(['services:', `  ${MARK}`, 'volumes:', '  mysql-data:']),
  'Redis service': composeHost(['services:', `  ${MARK}`, 'volumes:', '  redis-data:']),
  'RabbitMQ service': composeHost(['services:', `  ${MARK}`, 'volumes:', '  rabbitmq-data:']),
  'depends_on: wait until healthy': composeHost([
    ...web,
    `    ${MARK}`,
    '  db:',
    '    image: postgres:17-alpine',
    '    environment:',
    '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}',
    '    healthcheck:',
    '      test: ["CMD-SHELL", "pg_isready -U postgres"]',
    '      interval: 10s',
  ]),
  'Networks (top level)': composeHost([...web, '    networks:', '      - backend', MARK]),
  'Service networks': composeHost([...web, `    ${MARK}`, 'networks:', '  backend:']),
  'Named volumes (top level)': composeHost([...web, '    volumes:', '      - pgdata:/data', MARK]),
  'Secrets from files (top level)': composeHost([...web, '    secrets:', '      - db_password', MARK]),
  'Service secrets': composeHost([...web, `    ${MARK}`, 'secrets:', '  db_password:', '    file: ./secrets/db_password.txt']),
  env_file: composeHost([...web, `    ${MARK}`]),
  'Logging with rotation': composeHost([...web, `    ${MARK}`]),
  'Resource limits': composeHost([...web, `    ${MARK}`]),
  'Override file skeleton': composeHost([MARK], 'compose.override.yaml', {
    'compose.yaml': 'services:\n  app:\n    build:\n      context: .\n      target: runtime\n',
  }),
};

const atLeastWarning = new Set(['error', 'warning']);

function lintHosted(kind: 'dockerfile' | 'compose', name: string, body: string[], host: Host): string[] {
  const snippet = expandSnippet(body).text;
  const text = insertAt(host.text, MARK, snippet);
  const files: Record<string, string> = {};
  for (const [rel, content] of Object.entries(host.files ?? {})) files[path.join(root, rel)] = content;
  const file = path.join(root, host.file);
  files[file] = text;
  const findings = lintText({ path: file, text, kind }, new MemoryWorkspace(files));
  return findings
    .filter((f) => atLeastWarning.has(f.severity))
    .map((f) => `${name}: ${f.severity} ${f.ruleId} at ${JSON.stringify(text.slice(f.range.start, f.range.end))}: ${f.message.en}`);
}

const suites = [
  { kind: 'dockerfile' as const, snippets: dockerfileSnippets as SnippetFile, hosts: dockerfileHosts },
  { kind: 'compose' as const, snippets: composeSnippets as SnippetFile, hosts: composeHosts },
];

for (const { kind, snippets, hosts } of suites) {
  test(`${kind} snippets: every snippet has a lint host and every host a snippet`, () => {
    assert.deepEqual(Object.keys(hosts).sort(), Object.keys(snippets).sort());
  });

  test(`${kind} snippets: prefixes are unique and bodies expand (no unescaped $, mirrors agree)`, () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.deepEqual(prefixes.filter((p, i) => prefixes.indexOf(p) !== i), []);
    for (const [name, s] of Object.entries(snippets)) {
      const { defaults } = expandSnippet(s.body);
      for (const [index, values] of defaults) {
        assert.equal(new Set(values).size, 1, `${name}: placeholder ${index} has different defaults ${JSON.stringify(values)}`);
      }
      assert.ok(s.description.includes(' · '), `${name}: description in English · Russian`);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    const host = hosts[name];
    if (host === undefined) continue;
    test(`${kind} snippet "${name}" lints clean at warning and above`, () => {
      assert.deepEqual(lintHosted(kind, name, s.body, host), []);
    });
  }
}

test('the lint harness is not blind: a broken line inserted through the same path is reported', () => {
  const host = finalStage('alpine:3.21', [], ['USER 10001:10001', 'CMD ["sh"]']);
  const found = lintHosted('dockerfile', 'control', ['COPY a.txt b.txt /dest'], host);
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^control: error CopyToNonDirectory at "\/dest"/);
});

test('the snippet expander follows VS Code: defaults, first choice, mirrors, escapes', () => {
  const body = ['FROM --platform=\\$BUILDPLATFORM ${1:golang}:\\${V} AS ${2|build,compile|}', 'COPY --from=$2 /x /$1 \\\\* \\}', '$0'];
  assert.equal(expandSnippet(body).text, 'FROM --platform=$BUILDPLATFORM golang:${V} AS build\nCOPY --from=build /x /golang \\* }\n');
  assert.throws(() => expandSnippet(['FROM --platform=$BUILDPLATFORM x']), /unescaped/);
  assert.equal(insertAt('a:\n  §\nb', '§', 'x:\n  y\n'), 'a:\n  x:\n    y\n\nb');
});
