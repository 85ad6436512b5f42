// fast-check generators for realistic Dockerfiles and compose files, hostile strings and the
// mutations that turn good files into the broken ones editors hold while the user types.
import fc from 'fast-check';

// ---------------------------------------------------------------- Dockerfiles

const STAGE_NAMES = ['build', 'deps', 'test', 'runtime', 'base', 'Build', 'final'];
const VARS = ['GO_VERSION', 'NODE', 'APP_HOME', 'TAG', 'BASE', 'TARGETARCH', 'PATH', 'HOME', 'X'];

const varRef = fc.oneof(
  fc.constantFrom(...VARS).map((v) => `$${v}`),
  fc.constantFrom(...VARS).map((v) => `\${${v}}`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom(':-', ':+', '-', '+', ':?', '#', '%%'), fc.constantFrom('1.22', 'x', '', '${HOME}')).map(([v, op, d]) => `\${${v}${op}${d}}`),
);

const image = fc.oneof(
  fc.constantFrom(
    'alpine',
    'alpine:3.20',
    'ubuntu:latest',
    'ubuntu',
    'debian:bookworm-slim',
    'golang:1.22',
    'golang:1.22-alpine',
    'node:20-alpine',
    'python:3.12-slim',
    'scratch',
    'gcr.io/distroless/static-debian12:nonroot',
    'cgr.dev/chainguard/static',
    `nginx@sha256:${'a'.repeat(64)}`,
    'registry.example.com:5000/team/app:1.0',
    'mcr.microsoft.com/windows/servercore:ltsc2022',
    'busybox',
  ),
  fc.constantFrom(...STAGE_NAMES),
  fc.tuple(fc.constantFrom('golang', 'node', '$BASE', 'alpine'), varRef).map(([i, v]) => `${i}:${v}`),
  varRef,
);

const shellCommand = fc.constantFrom(
  'apt-get update',
  'apt-get install -y --no-install-recommends curl ca-certificates',
  'apt-get install curl',
  'rm -rf /var/lib/apt/lists/*',
  'apk add --no-cache git',
  'apk add curl',
  'apk update',
  'pip install -r requirements.txt',
  'pip install --no-cache-dir flask==3.0',
  'npm ci',
  'npm install',
  'yarn install --frozen-lockfile',
  'go mod download',
  'CGO_ENABLED=0 go build -o /out/app ./cmd/app',
  'go build -o /app .',
  'cd /app',
  'curl -fsSL https://example.com/install.sh | sh',
  'wget -qO- https://example.com/x | bash',
  'echo $X',
  'echo "${APP_HOME:-/srv}"',
  'sudo make install',
  'useradd -r app',
  'chmod +x /entrypoint.sh',
  'mkdir -p /data && chown app /data',
  'git clone https://github.com/example/repo.git',
  'yum install -y httpd',
  'dnf install -y gcc',
  'zypper install -y vim',
  'ln -s /a /b',
  'true',
  "bash -c 'echo hi'",
);

const shellBody = fc.tuple(fc.array(shellCommand, { minLength: 1, maxLength: 5 }), fc.constantFrom(' && ', ' && \\\n    ', '; ', ' \\\n && ', ' && \\\n\n    ', ' ; \\\n  # comment inside\n  ')).map(([cmds, sep]) => cmds.join(sep));

const heredocBody = fc.tuple(
  fc.constantFrom('EOF', 'EOT', 'SCRIPT', '"EOF"', "'EOF'", '-EOF'),
  fc.array(shellCommand, { minLength: 0, maxLength: 4 }),
  fc.boolean(),
  fc.option(fc.constantFrom('bash', 'python3', 'set -e'), { nil: undefined }),
).map(([marker, lines, twice, interp]) => {
  const name = marker.replace(/^-/, '').replace(/["']/g, '');
  const strip = marker.startsWith('-') ? '\t' : '';
  const body = lines.map((l) => strip + l).join('\n');
  const first = `<<${marker}${interp ? ` ${interp}` : ''}\n${body}${body ? '\n' : ''}${strip}${name}`;
  return twice ? `<<A <<B\n${body}\nA\necho second\nB` : first;
});

const execForm = fc.array(fc.constantFrom('/app', 'sh', '-c', 'echo hi', '--flag=1', '$HOME', 'npm', 'start', '"quoted"', '\\u0041'), { minLength: 0, maxLength: 4 }).chain((parts) =>
  fc.constantFrom(JSON.stringify(parts), `[${parts.map((p) => `'${p}'`).join(', ')}]`, JSON.stringify(parts).slice(0, -1), `[${parts.join(', ')}]`),
);

const runFlags = fc.subarray([
  '--mount=type=cache,target=/root/.cache',
  '--mount=type=cache,target=/var/cache/apt,sharing=locked',
  '--mount=type=secret,id=npmrc,target=/root/.npmrc',
  '--mount=type=secret,id=token,env=TOKEN,required=true',
  '--mount=type=bind,from=build,source=/out,target=/in',
  '--mount=type=ssh',
  '--mount=type=ssh,id=default,required',
  '--mount=type=tmpfs,size=64m,target=/t',
  '--mount=target=/src,dst=/x,ro',
  '--mount=type=cache,id=,target=',
  '--mount=type=bogus,,=x',
  '--network=none',
  '--network=host',
  '--security=insecure',
  '--unknown-flag',
  '--mount',
]);

const copyFlags = fc.subarray(['--from=build', '--from=0', '--from=nosuchstage', '--from=alpine:3.20', '--chown=app:app', '--chown=$UID', '--chmod=755', '--chmod=u+x', '--link', '--exclude=*.md', '--parents', '--checksum=sha256:abc', '--keep-git-dir=true']);
const copySource = fc.constantFrom('.', 'go.mod', 'go.sum', 'package*.json', 'src/', 'a.txt', 'https://example.com/x.tar.gz', 'app.tar.gz', '../outside', '/abs', '*.py', '$X', 'dir with space', 'C:\\src\\app', '.env', 'id_rsa');
const copyDest = fc.constantFrom('/app', '/app/', '.', './', '/usr/local/bin/', 'C:\\app\\', '$APP_HOME', '${APP_HOME}/', 'relative/dir', '"/quoted dir/"');

const ports = fc.constantFrom('80', '80/tcp', '53/udp', '8080-8090', '8080-8090/udp', '80/TCP', '0', '99999', 'abc', '$PORT', '80:80', '443/sctp', '-1');

/** One instruction (possibly several lines), keyword casing random. */
const instruction = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(runFlags, fc.oneof({ weight: 3, arbitrary: shellBody }, heredocBody, execForm)).map(([flags, body]) => ['RUN', ...flags, body].join(' ')) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('COPY', 'ADD'), copyFlags, fc.array(copySource, { minLength: 0, maxLength: 3 }), copyDest).map(([k, f, s, d]) => [k, ...f, ...s, d].join(' ')) },
  fc.tuple(fc.constantFrom('COPY', 'ADD'), fc.constantFrom('<<EOF /etc/app.conf\nkey=value\nEOF', '<<EOF <<EOT /dst/\na\nEOF\nb\nEOT', '["a.txt", "/dst/"]', '["a", "b", "/dst"]', '[broken')).map(([k, rest]) => `${k} ${rest}`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('1', '"two words"', "'single'", '${X}', '$X/bin:$PATH', '', 'a\\ b', '"unterminated')).map(([k, v]) => `ENV ${k}=${v}`),
  fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('value', 'with spaces here', '$X')).map(([k, v]) => `ENV ${k} ${v}`),
  fc.tuple(fc.constantFrom(...VARS), fc.option(fc.constantFrom('1.22', '"3.20"', '${GO_VERSION}', '', 'x y'), { nil: undefined })).map(([k, v]) => (v === undefined ? `ARG ${k}` : `ARG ${k}=${v}`)),
  fc.constantFrom('LABEL maintainer="me@example.com"', 'LABEL org.opencontainers.image.source=https://x version=1.0', 'LABEL a', 'LABEL "quoted key"="v" b=c', 'MAINTAINER Jane Doe <jane@example.com>'),
  fc.array(ports, { minLength: 0, maxLength: 3 }).map((p) => ['EXPOSE', ...p].join(' ')),
  fc.constantFrom('WORKDIR /app', 'WORKDIR app', 'WORKDIR $APP_HOME', 'WORKDIR', 'USER app', 'USER root', 'USER 1000:1000', 'USER', 'VOLUME /data', 'VOLUME ["/data", "/logs"]', 'STOPSIGNAL SIGTERM', 'STOPSIGNAL 9', 'STOPSIGNAL BOGUS'),
  fc.tuple(fc.subarray(['--interval=30s', '--timeout=3s', '--start-period=5s', '--retries=3', '--interval=bogus', '--start-interval=1s']), fc.constantFrom('CMD curl -f http://localhost/ || exit 1', 'CMD wget -qO- localhost', 'CMD ["/app", "health"]', 'NONE', 'CMD', '')).map(([f, c]) => ['HEALTHCHECK', ...f, c].join(' ')),
  fc.tuple(fc.constantFrom('CMD', 'ENTRYPOINT'), fc.oneof(execForm, shellBody)).map(([k, b]) => `${k} ${b}`),
  fc.constantFrom('SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'SHELL ["powershell", "-Command"]', 'SHELL /bin/sh', 'ONBUILD RUN echo hi', 'ONBUILD COPY . /app', 'ONBUILD ONBUILD RUN x', 'ONBUILD'),
  fc.constantFrom('# a comment', '# dockwise-ignore CopyToNonDirectory', '# dockwise-ignore', '# hadolint ignore=DL3008,DL3009', '# hadolint ignore=DL9999', '# check=skip=JSONArgsRecommended', '#', ''),
  fc.constantFrom('BOGUS instruction', 'FROM', 'CROSS-BUILD x', 'RUN', 'COPY', '\\'),
);

const casing = fc.constantFrom<'upper' | 'lower' | 'mixed'>('upper', 'upper', 'upper', 'lower', 'mixed');
function applyCasing(line: string, c: 'upper' | 'lower' | 'mixed'): string {
  if (c === 'upper') return line;
  return line.replace(/^([A-Z]+)/, (k) => (c === 'lower' ? k.toLowerCase() : k[0] + k.slice(1).toLowerCase()));
}

const fromLine = fc.tuple(
  fc.option(fc.constantFrom('--platform=$BUILDPLATFORM', '--platform=linux/amd64', '--platform=${TARGETPLATFORM}', '--platform='), { nil: undefined }),
  image,
  fc.option(fc.tuple(fc.constantFrom('AS', 'as', 'As'), fc.constantFrom(...STAGE_NAMES)), { nil: undefined }),
  fc.boolean(),
).map(([platform, img, as, extra]) => ['FROM', platform, img, as ? `${as[0]} ${as[1]}` : undefined, extra && !as ? 'extra' : undefined].filter(Boolean).join(' '));

const directive = fc.constantFrom('# syntax=docker/dockerfile:1', '# syntax=docker/dockerfile:1.7-labs', '# escape=`', '# escape=\\', '# escape=x', '# check=skip=all', '# check=error=true', '# check=skip=FromAsCasing,Bogus', '# syntax = ');

/** A multi-stage Dockerfile: directives, global ARGs, then stages of instructions. */
export const dockerfileArb = fc
  .record({
    directives: fc.array(directive, { maxLength: 3 }),
    globalArgs: fc.array(fc.tuple(fc.constantFrom(...VARS), fc.constantFrom('1.22', 'alpine', '${X}', '')), { maxLength: 3 }),
    stages: fc.array(fc.tuple(fromLine, fc.array(fc.tuple(instruction, casing), { maxLength: 10 })), { minLength: 0, maxLength: 4 }),
    eol: fc.constantFrom('\n', '\n', '\n', '\r\n'),
    finalNewline: fc.boolean(),
  })
  .map(({ directives, globalArgs, stages, eol, finalNewline }) => {
    const lines = [...directives, ...globalArgs.map(([k, v]) => `ARG ${k}=${v}`)];
    for (const [from, ins] of stages) {
      lines.push(from);
      for (const [i, c] of ins) lines.push(applyCasing(i, c));
    }
    const text = lines.join('\n').replace(/\n/g, eol);
    return finalNewline ? text + eol : text;
  });

// ---------------------------------------------------------------- compose files

const SERVICE_NAMES = ['web', 'db', 'cache', 'worker', 'api', 'proxy', 'migrate'];

/** A scalar written plain, double- or single-quoted. */
function quoted(values: string[]) {
  return fc.tuple(fc.constantFrom(...values), fc.constantFrom('plain', 'plain', 'double', 'single')).map(([v, q]) => (q === 'double' ? JSON.stringify(v) : q === 'single' ? `'${v.replace(/'/g, "''")}'` : v));
}

function block(key: string, items: string[], indent: string, flow: boolean): string {
  if (items.length === 0) return `${indent}${key}: []`;
  return flow ? `${indent}${key}: [${items.join(', ')}]` : `${indent}${key}:\n${items.map((i) => `${indent}  - ${i}`).join('\n')}`;
}

const composeImage = quoted(['nginx:1.27', 'postgres:16', 'redis', 'redis:latest', 'node:20-alpine', 'app:${TAG}', 'app:${TAG:-1.0}', '${REGISTRY}/app', 'bad image name', 'nginx@sha256:abc']);
const portSpec = quoted(['80', '8080:80', '127.0.0.1:5432:5432', '9000-9005:9000-9005/udp', '${PORT}:80', '${PORT:-8080}:80', '80:80/tcp', 'abc:def', '65536:80', '22:22', '[::1]:80:80', '3000']);
const volumeSpec = quoted(['data:/var/lib/data', './src:/app:ro', '/abs:/x', 'undefinedvol:/x', '.:/app', 'data:/var/lib/data:rw,z', 'cache:/cache', '/only/target', './a:/app', '${HOME}/.ssh:/root/.ssh']);
const duration = quoted(['10s', '1m30s', '5s', 'bogus', '10', '1h', '-1s', '100ms', '']);
const envValue = quoted(['1', '${VAR}', '${VAR:-default}', '${VAR:?required}', '$$escaped', '${UNCLOSED', 'true', 'yes', 'no', 'on', 'plain text', '']);

const serviceArb = (names: string[]) =>
  fc
    .record(
      {
        image: composeImage,
        build: fc.oneof(
          quoted(['.', './app', './missing', '${CTX:-.}']),
          fc.record({ context: quoted(['.', './app', './missing']), dockerfile: quoted(['Dockerfile', 'app/Dockerfile', 'Nope.Dockerfile']), target: quoted(['build', 'runtime', 'nosuchtarget']) }, { requiredKeys: [] }).map(
            (b) => ({ map: Object.entries(b) }),
          ),
        ),
        ports: fc.tuple(fc.array(portSpec, { maxLength: 3 }), fc.boolean(), fc.boolean()),
        volumes: fc.tuple(fc.array(volumeSpec, { maxLength: 3 }), fc.boolean(), fc.boolean()),
        depends_on: fc.tuple(fc.subarray([...names, 'ghost']), fc.boolean(), fc.constantFrom('service_healthy', 'service_started', 'service_completed_successfully', 'bogus')),
        healthcheck: fc.record(
          {
            test: fc.constantFrom('["CMD", "curl", "-f", "http://localhost"]', '["CMD-SHELL", "pg_isready -U postgres"]', 'curl -f localhost', '["NONE"]', '[]', 'CMD wget -q localhost'),
            interval: duration,
            timeout: duration,
            retries: fc.constantFrom('3', '"3"', '-1', 'many'),
            start_period: duration,
            disable: fc.constantFrom('true', 'false'),
          },
          { requiredKeys: [] },
        ),
        environment: fc.tuple(fc.array(fc.tuple(fc.constantFrom('A', 'B', 'DEBUG', 'PASSWORD', 'PORT', 'VAR'), envValue), { maxLength: 4 }), fc.boolean()),
        env_file: fc.constantFrom('.env', '[.env, missing.env]', '- .env', 'missing.env', '{path: .env, required: false}'),
        restart: fc.constantFrom('always', 'unless-stopped', 'no', '"no"', 'on-failure:3', 'bogus'),
        profiles: fc.constantFrom('[debug]', '[]', 'debug'),
        networks: fc.constantFrom('[front]', '[front, back]', '[ghostnet]', '{front: {aliases: [x]}}', 'front'),
        secrets: fc.constantFrom('[token]', '[ghostsecret]', '[{source: token, target: /run/secrets/t}]'),
        container_name: fc.constantFrom('app', 'dup', 'dup', '${NAME}'),
        command: fc.constantFrom('npm start', '["npm", "start"]', '"sh -c \'echo $$HOME\'"', '[]', '{}'),
        network_mode: fc.constantFrom('host', 'bridge', 'service:db', 'none'),
        extends: fc.constantFrom('{service: web}', '{file: other.yaml, service: base}', 'web', '{service: ghost}'),
        misc: fc.subarray(['privileged: true', 'cap_add: [NET_ADMIN]', 'security_opt: ["no-new-privileges:true"]', 'mem_limit: 512m', 'cpus: 0.5', 'imagee: typo', 'x-custom: {a: 1}', 'deploy:\n      resources:\n        limits:\n          memory: 1g', 'stdin_open: yes', 'tty: on', 'expose: ["80"]', 'links: [db]', 'logging:\n      driver: json-file\n      options:\n        max-size: 10m']),
        merge: fc.boolean(),
        mergeList: fc.boolean(),
      },
      { requiredKeys: [] },
    )
    .map((s) => {
      const i = '    ';
      const out: string[] = [];
      if (s.merge) out.push(s.mergeList ? `${i}<<: [*common, *logging]` : `${i}<<: *common`);
      if (s.image) out.push(`${i}image: ${s.image}`);
      if (s.build !== undefined) {
        if (typeof s.build === 'string') out.push(`${i}build: ${s.build}`);
        else out.push(`${i}build:${s.build.map.length ? '' : ' {}'}`, ...s.build.map.map(([k, v]) => `${i}  ${k}: ${v}`));
      }
      if (s.ports) out.push(s.ports[2] ? `${i}ports:\n${i}  - target: 80\n${i}    published: "8080"\n${i}    protocol: tcp` : block('ports', s.ports[0], i, s.ports[1]));
      if (s.volumes) out.push(s.volumes[2] ? `${i}volumes:\n${i}  - type: bind\n${i}    source: ./src\n${i}    target: /app` : block('volumes', s.volumes[0], i, s.volumes[1]));
      if (s.depends_on) {
        const [deps, asMap, cond] = s.depends_on;
        if (asMap) out.push(`${i}depends_on:${deps.length ? '' : ' {}'}`, ...deps.map((d) => `${i}  ${d}:\n${i}    condition: ${cond}`));
        else out.push(block('depends_on', deps, i, true));
      }
      if (s.healthcheck) {
        const entries = Object.entries(s.healthcheck);
        out.push(`${i}healthcheck:${entries.length ? '' : ' {}'}`, ...entries.map(([k, v]) => `${i}  ${k}: ${v}`));
      }
      if (s.environment) {
        const [vars, asList] = s.environment;
        if (asList) out.push(block('environment', vars.map(([k, v]) => JSON.stringify(`${k}=${v.replace(/^["']|["']$/g, '')}`)), i, false));
        else out.push(`${i}environment:${vars.length ? '' : ' {}'}`, ...vars.map(([k, v]) => `${i}  ${k}: ${v}`));
      }
      for (const k of ['env_file', 'restart', 'profiles', 'networks', 'secrets', 'container_name', 'command', 'network_mode', 'extends'] as const) {
        const v = s[k];
        if (v === undefined) continue;
        out.push(v.startsWith('- ') ? `${i}${k}:\n${i}  ${v}` : `${i}${k}: ${v}`);
      }
      for (const m of s.misc ?? []) out.push(`${i}${m}`);
      return out.join('\n');
    });

const topLevel = fc.subarray([
  'volumes:\n  data: {}\n  cache:\n  unused: {}',
  'networks:\n  front: {}\n  back:\n    driver: overlay',
  'secrets:\n  token:\n    file: ./token.txt\n  missing:\n    file: ./nope.txt',
  'configs:\n  conf:\n    file: ./c.txt',
  'include:\n  - other.yaml',
  'name: myproject',
  'x-unused: &unused\n  a: 1',
]);

/** A compose file: optional version and anchors, services referring to each other, top-level resources. */
export const composeArb = fc
  .record({
    version: fc.option(fc.constantFrom('version: "3.8"', "version: '2'", 'version: 3'), { nil: undefined }),
    anchors: fc.boolean(),
    services: fc.uniqueArray(fc.constantFrom(...SERVICE_NAMES), { minLength: 0, maxLength: 5 }).chain((names) => fc.tuple(fc.constant(names), fc.tuple(...names.map(() => serviceArb(names))))),
    serviceQuote: fc.boolean(),
    top: topLevel,
    eol: fc.constantFrom('\n', '\n', '\r\n'),
  })
  .map(({ version, anchors, services: [names, bodies], serviceQuote, top, eol }) => {
    const lines: string[] = [];
    if (version) lines.push(version);
    if (anchors) lines.push('x-common: &common\n  restart: unless-stopped\n  environment:\n    TZ: UTC', 'x-logging: &logging\n  logging:\n    driver: json-file');
    lines.push(names.length ? 'services:' : 'services: {}');
    names.forEach((n, k) => lines.push(`  ${serviceQuote ? JSON.stringify(n) : n}:${bodies[k] ? '' : ' {}'}`, ...(bodies[k] ? [bodies[k]] : [])));
    lines.push(...top);
    return lines.join('\n').replace(/\n/g, eol) + eol;
  });

/** Files around a compose file: .env, Dockerfiles, a secret, another compose file. */
export const composeWorkspaceArb = fc
  .record({
    env: fc.array(fc.constantFrom('TAG=1.27', 'PORT=8080', '# comment', 'export VAR=x', 'QUOTED="a b"', "SINGLE='c'", 'EMPTY=', 'NOEQUALS', 'REGISTRY=ghcr.io/me', 'A=${TAG}', ''), { maxLength: 6 }),
    dockerfile: fc.option(fc.constantFrom('FROM alpine:3.20 AS build\nFROM scratch AS runtime\n', 'FROM golang:1.22\n', 'garbage'), { nil: undefined }),
    appDockerfile: fc.boolean(),
    other: fc.option(fc.constantFrom('services:\n  base:\n    image: alpine\n', 'services: [bad', 'include: [compose.yaml]\n'), { nil: undefined }),
    gitignore: fc.option(fc.constantFrom('.env\n', 'node_modules\n'), { nil: undefined }),
  })
  .map(({ env, dockerfile, appDockerfile, other, gitignore }) => {
    const files: Record<string, string> = { '/ws/.env': env.join('\n') + '\n', '/ws/token.txt': 's3cret\n' };
    if (dockerfile !== undefined) files['/ws/Dockerfile'] = dockerfile;
    if (appDockerfile) files['/ws/app/Dockerfile'] = 'FROM node:20-alpine AS build\nFROM nginx:1.27 AS runtime\n';
    if (other !== undefined) files['/ws/other.yaml'] = other;
    if (gitignore !== undefined) files['/ws/.gitignore'] = gitignore;
    return files;
  });

// ---------------------------------------------------------------- mutations

export type Mutation =
  | { kind: 'deleteLine' | 'duplicateLine' | 'swapLines' | 'truncate' | 'continuation' | 'tabs' | 'nul' | 'deleteRange'; at: number; n: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'bom' | 'crlf' | 'cr' | 'lf' | 'stripIndent' };

const insertion = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('\u0000', '\uFEFF', '\uD800', '\uDC00', '\r', '\n', '\r\n', '\\', '\\\n', '`', '"', "'", '<<EOF\n', '&a ', '*a', '<<: *a', ': ', '- ', '{', '[', '${', '$', '\t', '#', '\u2028', '\u0085', '\uFFFF', '😀'),
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('deleteLine', 'duplicateLine', 'swapLines', 'truncate', 'continuation', 'tabs', 'nul', 'deleteRange'), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constantFrom('bom', 'crlf', 'cr', 'lf', 'stripIndent') }) as fc.Arbitrary<Mutation>,
);

/** Applies one mutation; positions wrap around the text's length, so every mutation applies. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = 'at' in m ? m.at % Math.max(1, lines.length) : 0;
  const pos = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'deleteLine':
      lines.splice(li, 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(li, 0, ...Array<string>(Math.min(m.n, 5)).fill(lines[li] ?? ''));
      return lines.join('\n');
    case 'swapLines': {
      const other = (li + m.n) % lines.length;
      [lines[li], lines[other]] = [lines[other], lines[li]];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, pos);
    case 'continuation':
      lines[li] = (lines[li] ?? '') + '\\';
      return lines.join('\n');
    case 'tabs':
      return text.replace(/ {2}/g, (s, o: number) => (o % m.n === 0 ? '\t' : s));
    case 'nul':
      return text.slice(0, pos) + '\u0000'.repeat(Math.min(m.n, 3)) + text.slice(pos);
    case 'deleteRange':
      return text.slice(0, pos) + text.slice(pos + m.n);
    case 'insert':
      return text.slice(0, pos) + m.text + text.slice(pos);
    case 'bom':
      return '\uFEFF' + text;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'lf':
      return text.replace(/\r\n?/g, '\n');
    case 'stripIndent':
      return text.replace(/^ +/gm, '');
  }
}

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

// ---------------------------------------------------------------- hostile strings

/** Fragments that would become links, HTML or broken code spans if pasted into Markdown unescaped. */
export const HOSTILE_FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](command:workbench.action.quit)',
  '](command:evil.run)',
  '[x]: command:evil.ref',
  '![i](https://evil.com/i.png)',
  '<https://evil.com>',
  'https://evil.com/path',
  'www.evil.com',
  'javascript:alert(1)',
  '`',
  '``',
  '```',
  '~~~',
  '\n',
  '\r',
  '\r\r',
  '\n\n',
  '\r\n\r\n',
  '\n    ',
  '\n# heading',
  '\n---\n',
  '*',
  '_',
  '\\',
  '&lt;b&gt;',
  '&#60;b&#62;',
  '<b>',
  '</code>',
  '"',
  "'",
  ' ',
  '|',
  '<!-- c -->',
  '<a href="command:evil.run">x</a>',
];

export const hostileString = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) }, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));
