// Pure scaffolder output: answers in, the text of Dockerfile, .dockerignore and compose.yaml out. It follows the
// user's notes: a build stage and a minimal runtime stage, dependency manifests before the sources, cache mounts,
// a non-root user, a HEALTHCHECK with a tool the runtime image really has, exec-form CMD, versions pinned by ARG.
import type { Ecosystem, PackageManager, Project } from './detect';

export type RuntimeId = 'scratch' | 'distroless' | 'alpine' | 'slim';

/** How the container's health is checked. `command` runs the app's own binary (for images without a shell). */
export type HealthAnswer =
  | { readonly kind: 'http'; readonly path: string }
  | { readonly kind: 'command'; readonly args: readonly string[] }
  | { readonly kind: 'none' };

export interface ScaffoldAnswers {
  readonly project: Project;
  readonly runtime: RuntimeId;
  /** Port the app listens on, or null for a worker that serves nothing. */
  readonly port: number | null;
  readonly health: HealthAnswer;
  /** What the container runs; its meaning per ecosystem is told by `entryMeaning`. */
  readonly entry: string;
  readonly compose: boolean;
  /** Name the Dockerfile is written under, so compose.yaml can point at it (e.g. `Dockerfile.new`). */
  readonly dockerfileName: string;
}

export interface ScaffoldFiles {
  readonly Dockerfile: string;
  readonly '.dockerignore': string;
  readonly 'compose.yaml'?: string;
}

/** Runtime bases offered per ecosystem, best first. Interpreted languages get no scratch (they need their runtime). */
export const runtimeChoices: Readonly<Record<Ecosystem, readonly RuntimeId[]>> = {
  go: ['distroless', 'scratch', 'alpine'],
  rust: ['distroless', 'scratch', 'alpine'],
  node: ['alpine', 'slim', 'distroless'],
  python: ['slim', 'alpine'],
  java: ['alpine', 'distroless'],
  php: ['slim', 'alpine'],
  dotnet: ['alpine', 'distroless'],
};

export const defaultPorts: Readonly<Record<Ecosystem, number>> = {
  go: 8080,
  rust: 8080,
  node: 3000,
  python: 8000,
  java: 8080,
  php: 8080,
  dotnet: 8080,
};

/** Toolchain versions used when the manifest does not say; each lands in an `ARG` the user can change. */
const defaultVersions: Readonly<Record<Ecosystem, string>> = {
  go: '1.24',
  rust: '1.87',
  node: '22',
  python: '3.12',
  java: '21',
  php: '8.3',
  dotnet: '8.0',
};

const ALPINE_VERSION = '3.21';

/** What the entry answer means, for the question's prompt. */
export const entryMeaning: Readonly<Record<Ecosystem, 'package' | 'script' | 'pythonTarget' | 'jar' | 'binary' | 'docroot' | 'dll'>> = {
  go: 'package',
  node: 'script',
  python: 'pythonTarget',
  java: 'jar',
  rust: 'binary',
  php: 'docroot',
  dotnet: 'dll',
};

/** Images with no /bin/sh: RUN cannot be used there and HEALTHCHECK must be exec form with a binary the image has. */
export function isShellless(runtime: RuntimeId): boolean {
  return runtime === 'scratch' || runtime === 'distroless';
}

/** Whether the runtime image has something that can make an HTTP request for the health check. */
export function canProbeHttp(ecosystem: Ecosystem, runtime: RuntimeId): boolean {
  return httpProbe(ecosystem, runtime, 'http://127.0.0.1:1/') !== null;
}

const NON_ROOT_UID = '10001';

/**
 * An exec-form probe of `url` with a tool the runtime image has: the language runtime itself where there is one,
 * busybox wget on alpine. Null when the image has nothing (scratch, distroless for compiled languages).
 */
function httpProbe(eco: Ecosystem, runtime: RuntimeId, url: string): string[] | null {
  const node = runtime === 'distroless' ? '/nodejs/bin/node' : 'node';
  const probes: Partial<Record<Ecosystem, () => string[] | null>> = {
    node: () => [node, '-e', `fetch('${url}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`],
    python: () => ['/opt/venv/bin/python', '-c', `import urllib.request; urllib.request.urlopen('${url}', timeout=4)`],
    php: () => ['php', '-r', `exit(@file_get_contents('${url}') === false ? 1 : 0);`],
  };
  const probe = probes[eco];
  if (probe !== undefined) return probe();
  // busybox wget exits non-zero on connection errors and HTTP error statuses.
  return runtime === 'alpine' ? ['wget', '-q', '-T', '4', '-O', '/dev/null', url] : null;
}

const json = (argv: readonly string[]): string => `[${argv.map((a) => JSON.stringify(a)).join(', ')}]`;

/** The version the manifest asks for when it is at least our default's major (an older toolchain image would be stale). */
function pickVersion(eco: Ecosystem, fromManifest: string | null): string {
  const fallback = defaultVersions[eco];
  if (fromManifest === null) return fallback;
  const n = (v: string): number[] => v.split('.').map((x) => Number.parseInt(x, 10));
  const [a, b] = [n(fromManifest), n(fallback)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0 ? fromManifest : fallback;
  }
  return fallback;
}

/** Parts of the runtime stage every ecosystem shares, after its own COPY lines. */
interface RuntimeTail {
  /** The user the app runs as (created by `userFor` right after FROM, before the COPYs that change often). */
  readonly user: string;
  /** The command whose arguments follow a `command` health answer. */
  readonly selfCommand: string[];
  readonly cmd: string[];
  readonly cmdComment?: string;
}

function userFor(runtime: RuntimeId, kind: 'alpine' | 'debian'): { createUser: string[]; user: string } {
  if (runtime === 'distroless') return { createUser: ['# distroless images ship the "nonroot" user (uid 65532).'], user: 'nonroot:nonroot' };
  if (runtime === 'scratch') {
    return { createUser: ['# scratch has no /etc/passwd: a numeric uid and gid need no entry.'], user: `${NON_ROOT_UID}:${NON_ROOT_UID}` };
  }
  const create =
    kind === 'alpine'
      ? `RUN addgroup -S -g ${NON_ROOT_UID} app && adduser -S -D -H -u ${NON_ROOT_UID} -G app app`
      : `RUN groupadd --system --gid ${NON_ROOT_UID} app && useradd --system --uid ${NON_ROOT_UID} --gid app --no-create-home --no-log-init app`;
  return { createUser: [create], user: `${NON_ROOT_UID}:${NON_ROOT_UID}` };
}

/** USER, EXPOSE, HEALTHCHECK and CMD: the end of every runtime stage. */
function tail(a: ScaffoldAnswers, t: RuntimeTail): string[] {
  const out = [`USER ${t.user}`];
  if (a.port !== null) out.push(`EXPOSE ${a.port}`);
  out.push(...healthcheck(a, t.selfCommand));
  if (t.cmdComment !== undefined) out.push(`# ${t.cmdComment}`);
  out.push(`CMD ${json(t.cmd)}`);
  return out;
}

const HEALTH_FLAGS = '--interval=30s --timeout=5s --start-period=15s --retries=3';

function healthcheck(a: ScaffoldAnswers, selfCommand: readonly string[]): string[] {
  if (a.health.kind === 'command') {
    return [
      '# The app checks itself (it must exit 0 when healthy): the image has no shell or HTTP client to probe it with.',
      `HEALTHCHECK ${HEALTH_FLAGS} \\`,
      `    CMD ${json([...selfCommand, ...a.health.args])}`,
    ];
  }
  if (a.port === null) return ['# No HEALTHCHECK: the app listens on no port to probe.'];
  if (a.health.kind === 'http') {
    const path = a.health.path.startsWith('/') ? a.health.path : `/${a.health.path}`;
    const probe = httpProbe(a.project.ecosystem, a.runtime, `http://127.0.0.1:${a.port}${path}`);
    if (probe !== null) return [`HEALTHCHECK ${HEALTH_FLAGS} \\`, `    CMD ${json(probe)}`];
  }
  const why = isShellless(a.runtime)
    ? 'this image has no shell and no HTTP client to probe the app with. Give the app a health\n# subcommand and add HEALTHCHECK CMD ["<binary>", "<subcommand>"], or let the orchestrator probe it.'
    : 'none was asked for; the orchestrator is expected to probe the app.';
  return [`# No HEALTHCHECK: ${why}`, '# dockwise-ignore-file MissingHealthcheck'];
}

/** The syntax line (cache and bind mounts need the BuildKit frontend), what the file does, and how to use it. */
function header(a: ScaffoldAnswers, what: string): string[] {
  const file = a.dockerfileName === 'Dockerfile' ? '' : ` -f ${a.dockerfileName}`;
  const publish = a.port === null ? '' : ` -p 127.0.0.1:${a.port}:${a.port}`;
  return [
    '# syntax=docker/dockerfile:1',
    `# ${what}`,
    `# Build: docker build${file} -t ${a.project.name} .`,
    `# Run:   docker run --rm${publish} ${a.project.name}`,
    '',
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Go

function goDockerfile(a: ScaffoldAnswers): string[] {
  const p = a.project;
  const bin = p.name;
  const out = [
    ...header(a, 'Go: compiled in a build stage; the runtime stage receives only the static binary.'),
    `ARG GO_VERSION=${pickVersion('go', p.languageVersion)}`,
  ];
  if (a.runtime === 'alpine') out.push(`ARG ALPINE_VERSION=${ALPINE_VERSION}`);
  out.push(
    '',
    '# The toolchain runs on the build machine and cross-compiles for the target platform.',
    'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS build',
    'WORKDIR /src',
    '# Modules first: this layer is rebuilt only when go.mod or go.sum change.',
    `COPY ${p.manifests.join(' ')} ./`,
    'RUN --mount=type=cache,target=/go/pkg/mod \\',
    '    go mod download',
    'COPY . .',
    'ARG TARGETOS',
    'ARG TARGETARCH',
    '# CGO_ENABLED=0 gives a static binary that needs no libc, so it runs on scratch and distroless/static.',
    'RUN --mount=type=cache,target=/go/pkg/mod \\',
    '    --mount=type=cache,target=/root/.cache/go-build \\',
    `    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/${bin} ${a.entry}`,
    '',
  );
  out.push(...binaryRuntime(a, bin, ['# distroless/static: CA certificates, time zones and a non-root user, but no shell or package manager.', 'FROM gcr.io/distroless/static-debian12:nonroot AS runtime']));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Rust

function rustDockerfile(a: ScaffoldAnswers): string[] {
  const p = a.project;
  const bin = a.entry;
  const musl = a.runtime !== 'distroless';
  const locked = p.manifests.includes('Cargo.lock') ? ' --locked' : '';
  const out = [
    ...header(a, 'Rust: compiled in a build stage; the runtime stage receives only the binary.'),
    `ARG RUST_VERSION=${pickVersion('rust', p.languageVersion)}`,
  ];
  if (a.runtime === 'alpine') out.push(`ARG ALPINE_VERSION=${ALPINE_VERSION}`);
  out.push(
    '',
    musl
      ? '# The alpine toolchain targets musl and links statically, so the binary needs no libc at run time.'
      : '# A Debian toolchain links against glibc, which distroless/cc provides.',
    `FROM rust:\${RUST_VERSION}-${musl ? 'alpine' : 'slim-bookworm'} AS build`,
    'WORKDIR /src',
    '# The sources are bind-mounted (not copied into a layer) and target/ and the registry live in cache mounts,',
    '# so unchanged dependencies are not rebuilt.',
    'RUN --mount=type=bind,target=/src,rw \\',
    '    --mount=type=cache,target=/src/target \\',
    '    --mount=type=cache,target=/usr/local/cargo/git/db \\',
    '    --mount=type=cache,target=/usr/local/cargo/registry \\',
    `    cargo build${locked} --release --bin ${bin} \\`,
    `    && mkdir -p /out && cp target/release/${bin} /out/${bin}`,
    '',
  );
  out.push(...binaryRuntime(a, bin, ['# distroless/cc: glibc, CA certificates and a non-root user, but no shell or package manager.', 'FROM gcr.io/distroless/cc-debian12:nonroot AS runtime']));
  return out;
}

/** The runtime stage of a compiled binary (Go, Rust): the chosen base, a non-root user, the binary alone. */
function binaryRuntime(a: ScaffoldAnswers, bin: string, distroless: string[]): string[] {
  const runtimeHead: Record<RuntimeId, string[]> = {
    scratch: [
      '# scratch is empty: no shell, no CA certificates, no time zones. Certificates come from the build stage.',
      'FROM scratch AS runtime',
      'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/',
    ],
    distroless,
    alpine: ['# alpine: a small image with a shell and busybox tools, handy for debugging.', 'FROM alpine:${ALPINE_VERSION} AS runtime'],
    slim: [],
  };
  const user = userFor(a.runtime, 'alpine');
  return [
    ...runtimeHead[a.runtime],
    ...user.createUser,
    'WORKDIR /app',
    `COPY --from=build /out/${bin} /app/${bin}`,
    ...tail(a, { user: user.user, selfCommand: [`/app/${bin}`], cmd: [`/app/${bin}`] }),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Node

interface NodeInstall {
  readonly cache: string;
  readonly prod: (locked: boolean) => string;
  readonly all: (locked: boolean) => string;
  readonly run: string;
  /** yarn 2+ and pnpm come through corepack, which must not stop to ask before downloading them. */
  readonly corepack: boolean;
}

const nodeInstalls: Readonly<Partial<Record<PackageManager, NodeInstall>>> = {
  npm: {
    cache: '/root/.npm',
    prod: (locked) => (locked ? 'npm ci --omit=dev' : 'npm install --omit=dev'),
    all: (locked) => (locked ? 'npm ci' : 'npm install'),
    run: 'npm run build',
    corepack: false,
  },
  yarn: {
    cache: '/usr/local/share/.cache/yarn',
    prod: (locked) => `yarn install${locked ? ' --frozen-lockfile' : ''} --production`,
    all: (locked) => `yarn install${locked ? ' --frozen-lockfile' : ''}`,
    run: 'yarn run build',
    corepack: false,
  },
  'yarn-berry': {
    cache: '/root/.yarn/berry/cache',
    prod: () => 'corepack enable && yarn workspaces focus --all --production',
    all: (locked) => `corepack enable && yarn install${locked ? ' --immutable' : ''}`,
    run: 'yarn run build',
    corepack: true,
  },
  pnpm: {
    cache: '/pnpm/store',
    prod: (locked) => `corepack enable && pnpm install${locked ? ' --frozen-lockfile' : ''} --prod --store-dir /pnpm/store`,
    all: (locked) => `corepack enable && pnpm install${locked ? ' --frozen-lockfile' : ''} --store-dir /pnpm/store`,
    run: 'pnpm run build',
    corepack: true,
  },
};

function nodeDockerfile(a: ScaffoldAnswers): string[] {
  const p = a.project;
  const pm = nodeInstalls[p.packageManager] ?? nodeInstalls.npm!;
  const locked = p.manifests.some((m) => /lock|shrinkwrap/.test(m));
  const toolchain = a.runtime === 'alpine' ? 'alpine' : 'bookworm-slim';
  const manifests = p.manifests.join(' ');
  const installStage = (name: string, command: string): string[] => [
    `FROM node:\${NODE_VERSION}-${toolchain} AS ${name}`,
    ...(pm.corepack ? ['ENV COREPACK_ENABLE_DOWNLOAD_PROMPT=0'] : []),
    'WORKDIR /app',
    `COPY ${manifests} ./`,
    `RUN --mount=type=cache,target=${pm.cache} \\`,
    `    ${command}`,
  ];
  const out = [
    ...header(a, 'Node.js: dependencies installed in their own stages; the runtime stage gets production modules only.'),
    `ARG NODE_VERSION=${pickVersion('node', p.languageVersion)}`,
    '',
    '# Production dependencies only, from the manifests alone: cached until they change.',
    ...installStage('deps', pm.prod(locked)),
    '',
  ];
  const outDir = a.entry.includes('/') ? a.entry.split('/')[0] : null;
  if (p.hasBuildScript) {
    out.push('# All dependencies, then the build script over the sources.', ...installStage('build', pm.all(locked)), 'COPY . .', `RUN ${pm.run}`, '');
  }
  const runtimeHead: Record<RuntimeId, string[]> = {
    alpine: ['FROM node:${NODE_VERSION}-alpine AS runtime'],
    slim: ['FROM node:${NODE_VERSION}-bookworm-slim AS runtime'],
    distroless: [
      '# distroless/nodejs: the Node.js runtime without a shell or npm; its entrypoint is node itself.',
      'FROM gcr.io/distroless/nodejs${NODE_VERSION}-debian12:nonroot AS runtime',
    ],
    scratch: [],
  };
  const nodeUser =
    a.runtime === 'distroless'
      ? userFor('distroless', 'debian')
      : { createUser: ['# The node images ship the unprivileged "node" user (uid 1000).'], user: 'node' };
  out.push(...runtimeHead[a.runtime], ...nodeUser.createUser, 'ENV NODE_ENV=production', 'WORKDIR /app', 'COPY --from=deps /app/node_modules ./node_modules');
  if (p.hasBuildScript && outDir !== null) out.push('COPY package.json ./', `COPY --from=build /app/${outDir} ./${outDir}`);
  else out.push('COPY . .');
  const distroless = a.runtime === 'distroless';
  out.push(
    ...tail(a, {
      user: nodeUser.user,
      selfCommand: [distroless ? '/nodejs/bin/node' : 'node', a.entry],
      cmd: distroless ? [a.entry] : ['node', a.entry],
      ...(distroless ? { cmdComment: 'The image\'s ENTRYPOINT is node, so CMD names only the script.' } : {}),
    }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Python

function pythonDockerfile(a: ScaffoldAnswers): string[] {
  const p = a.project;
  const variant = a.runtime === 'alpine' ? 'alpine' : 'slim';
  const isPoetry = p.packageManager === 'poetry';
  const venv = isPoetry ? '/app/.venv' : '/opt/venv';
  const out = [
    ...header(a, 'Python: dependencies installed into a virtual environment in a build stage; the runtime stage gets that environment and the sources.'),
    `ARG PYTHON_VERSION=${pickVersion('python', p.languageVersion)}`,
  ];
  if (isPoetry) out.push('ARG POETRY_VERSION=2.1.3');
  out.push('', `FROM python:\${PYTHON_VERSION}-${variant} AS build`, 'WORKDIR /app');
  if (isPoetry) {
    out.push(
      'ARG POETRY_VERSION',
      'ENV POETRY_VIRTUALENVS_IN_PROJECT=true POETRY_NO_INTERACTION=1',
      'RUN --mount=type=cache,target=/root/.cache/pip \\',
      '    pip install "poetry==${POETRY_VERSION}"',
      '# Dependencies first, from the manifests alone: cached until they change.',
      `COPY ${p.manifests.join(' ')} ./`,
      'RUN --mount=type=cache,target=/root/.cache/pypoetry \\',
      '    poetry install --only main --no-root',
    );
  } else if (p.packageManager === 'pip') {
    out.push(
      `RUN python -m venv ${venv}`,
      '# Dependencies first, from the requirements alone: cached until they change.',
      'COPY requirements.txt ./',
      'RUN --mount=type=cache,target=/root/.cache/pip \\',
      `    ${venv}/bin/pip install -r requirements.txt`,
    );
  } else {
    out.push(
      `RUN python -m venv ${venv}`,
      '# The project declares its dependencies in pyproject.toml and is installed with them.',
      'COPY . .',
      'RUN --mount=type=cache,target=/root/.cache/pip \\',
      `    ${venv}/bin/pip install .`,
    );
  }
  const user = userFor(a.runtime, variant === 'alpine' ? 'alpine' : 'debian');
  out.push(
    '',
    `FROM python:\${PYTHON_VERSION}-${variant} AS runtime`,
    ...user.createUser,
    'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1',
    'WORKDIR /app',
    `COPY --from=build ${venv} ${venv}`,
    'COPY . .',
  );
  const python = `${venv}/bin/python`;
  const run = a.entry.endsWith('.py') ? [python, a.entry] : [python, '-m', a.entry];
  // The probe uses the venv interpreter path of the pip layout; poetry's venv lives under /app.
  const probeFix = (lines: string[]): string[] => lines.map((l) => l.replace('/opt/venv/bin/python', python));
  out.push(...probeFix(tail(a, { user: user.user, selfCommand: run, cmd: run })));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Java

function javaDockerfile(a: ScaffoldAnswers): string[] {
  const p = a.project;
  const findJar = (dir: string): string =>
    `mkdir -p /out \\\n    && find ${dir} -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' -exec cp {} /out/app.jar ';'`;
  const out = [
    ...header(a, 'Java: built with the JDK in a build stage; the runtime stage has only a JRE and the application jar.'),
    `ARG JAVA_VERSION=${pickVersion('java', p.languageVersion)}`,
  ];
  if (p.packageManager === 'maven') {
    out.push(
      'ARG MAVEN_VERSION=3.9',
      '',
      'FROM maven:${MAVEN_VERSION}-eclipse-temurin-${JAVA_VERSION} AS build',
      'WORKDIR /src',
      '# Dependencies first, from pom.xml alone: cached until it changes.',
      'COPY pom.xml ./',
      'RUN --mount=type=cache,target=/root/.m2 \\',
      '    mvn -B -ntp dependency:go-offline',
      'COPY . .',
      'RUN --mount=type=cache,target=/root/.m2 \\',
      '    mvn -B -ntp package -DskipTests \\',
      `    && ${findJar('target')}`,
    );
  } else {
    out.push(
      'ARG GRADLE_VERSION=8.14',
      '',
      'FROM gradle:${GRADLE_VERSION}-jdk${JAVA_VERSION} AS build',
      'WORKDIR /src',
      '# Dependencies first, from the build scripts alone: cached until they change.',
      `COPY ${p.manifests.join(' ')} ./`,
      'RUN --mount=type=cache,target=/home/gradle/.gradle \\',
      '    gradle --no-daemon -g /home/gradle/.gradle dependencies',
      'COPY . .',
      'RUN --mount=type=cache,target=/home/gradle/.gradle \\',
      '    gradle --no-daemon -g /home/gradle/.gradle build -x test \\',
      `    && ${findJar('build/libs')}`,
    );
  }
  out.push('');
  const distroless = a.runtime === 'distroless';
  const user = userFor(a.runtime, 'alpine');
  out.push(
    ...(distroless
      ? ['# distroless/java: a JRE without a shell; its entrypoint is "java -jar".', 'FROM gcr.io/distroless/java${JAVA_VERSION}-debian12:nonroot AS runtime']
      : ['FROM eclipse-temurin:${JAVA_VERSION}-jre-alpine AS runtime']),
    ...user.createUser,
    '# Size the heap from the container\'s memory limit rather than the host\'s memory.',
    'ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"',
    'WORKDIR /app',
    'COPY --from=build /out/app.jar /app/app.jar',
  );
  out.push(
    ...tail(a, {
      user: user.user,
      selfCommand: distroless ? ['/usr/bin/java', '-jar', '/app/app.jar'] : ['java', '-jar', '/app/app.jar'],
      cmd: distroless ? ['/app/app.jar'] : ['java', '-jar', '/app/app.jar'],
      ...(distroless ? { cmdComment: 'The image\'s ENTRYPOINT is "java -jar", so CMD names only the jar.' } : {}),
    }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// PHP

function phpDockerfile(a: ScaffoldAnswers): string[] {
  const p = a.project;
  const port = a.port ?? defaultPorts.php;
  const docroot = a.entry === '.' || a.entry === '' ? '' : `/${a.entry.replace(/^\/+|\/+$/g, '')}`;
  const out = [
    ...header(a, 'PHP: Composer dependencies resolved in a build stage; the runtime stage has PHP and the application.'),
    `ARG PHP_VERSION=${pickVersion('php', p.languageVersion)}`,
    'ARG COMPOSER_VERSION=2.8',
    '',
    'FROM composer:${COMPOSER_VERSION} AS build',
    'WORKDIR /app',
    '# Dependencies first, from the Composer manifests alone: cached until they change.',
    '# Platform requirements are checked against the runtime image, not this one.',
    `COPY ${p.manifests.join(' ')} ./`,
    'RUN --mount=type=cache,target=/tmp/cache \\',
    '    composer install --no-dev --no-interaction --no-scripts --no-autoloader --prefer-dist --ignore-platform-reqs',
    'COPY . .',
    'RUN composer dump-autoload --no-dev --optimize --classmap-authoritative',
    '',
  ];
  let cmd: string[];
  if (a.runtime === 'alpine') {
    out.push(
      '# PHP\'s built-in web server on alpine: small, one process; for heavy traffic use php-fpm behind a web server.',
      'FROM php:${PHP_VERSION}-cli-alpine AS runtime',
      '# The php images ship the unprivileged "www-data" user.',
      'WORKDIR /app',
      'COPY --from=build /app /app',
    );
    cmd = ['php', '-S', `0.0.0.0:${port}`, '-t', `/app${docroot}`];
  } else {
    out.push(
      '# Apache with mod_php (Debian). It listens on an unprivileged port so it can run as www-data.',
      'FROM php:${PHP_VERSION}-apache AS runtime',
      '# The php images ship the unprivileged "www-data" user.',
      `ENV APACHE_DOCUMENT_ROOT=/var/www/html${docroot}`,
      `RUN sed -ri -e 's!/var/www/html!\${APACHE_DOCUMENT_ROOT}!g' /etc/apache2/sites-available/*.conf \\`,
      `    && sed -ri -e 's!^Listen 80$!Listen ${port}!' /etc/apache2/ports.conf \\`,
      `    && sed -ri -e 's!<VirtualHost \\*:80>!<VirtualHost *:${port}>!' /etc/apache2/sites-available/000-default.conf`,
      'WORKDIR /var/www/html',
      'COPY --from=build /app /var/www/html',
    );
    cmd = ['apache2-foreground'];
  }
  out.push(
    ...tail(a, {
      user: 'www-data',
      selfCommand: ['php'],
      cmd,
    }),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// .NET

function dotnetDockerfile(a: ScaffoldAnswers): string[] {
  const p = a.project;
  const csproj = p.manifests[0]!;
  const alpine = a.runtime === 'alpine';
  const out = [
    ...header(a, '.NET: published with the SDK in a build stage; the runtime stage has only the ASP.NET Core runtime.'),
    `ARG DOTNET_VERSION=${pickVersion('dotnet', p.languageVersion)}`,
    '',
    `FROM mcr.microsoft.com/dotnet/sdk:\${DOTNET_VERSION}${alpine ? '-alpine' : ''} AS build`,
    'WORKDIR /src',
    '# Restore first, from the project file alone: cached until it changes.',
    `COPY ${p.manifests.join(' ')} ./`,
    'RUN --mount=type=cache,target=/root/.nuget/packages \\',
    `    dotnet restore ${csproj}`,
    'COPY . .',
    'RUN --mount=type=cache,target=/root/.nuget/packages \\',
    `    dotnet publish ${csproj} -c Release -o /out --no-restore`,
    '',
    ...(alpine
      ? ['FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-alpine AS runtime']
      : ['# Chiseled Ubuntu: the .NET runtime without a shell or package manager.', 'FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-noble-chiseled AS runtime']),
    '# The .NET images ship the unprivileged "app" user.',
    ...(a.port !== null ? [`ENV ASPNETCORE_HTTP_PORTS=${a.port}`] : []),
    'WORKDIR /app',
    'COPY --from=build /out /app',
  ];
  out.push(
    ...tail(a, {
      user: 'app',
      selfCommand: ['dotnet', `/app/${a.entry}`],
      cmd: ['dotnet', `/app/${a.entry}`],
    }),
  );
  return out;
}

const dockerfileRenderers: Readonly<Record<Ecosystem, (a: ScaffoldAnswers) => string[]>> = {
  go: goDockerfile,
  rust: rustDockerfile,
  node: nodeDockerfile,
  python: pythonDockerfile,
  java: javaDockerfile,
  php: phpDockerfile,
  dotnet: dotnetDockerfile,
};

// ---------------------------------------------------------------------------------------------------------
// .dockerignore and compose.yaml

const commonIgnores = [
  '# Kept out of the build context: faster builds, smaller images, no secrets in layers.',
  '# Version control and editors',
  '.git',
  '.gitignore',
  '.vscode/',
  '.idea/',
  '.DS_Store',
  '',
  '# Local environment and secrets',
  '.env',
  '.env.*',
  '!.env.example',
  '*.pem',
  '*.key',
  'id_rsa*',
  'secrets/',
  '',
  '# Docker files themselves: editing them should not invalidate the COPY . layer',
  'Dockerfile*',
  '.dockerignore',
  'compose*.yaml',
  'compose*.yml',
  'docker-compose*.yaml',
  'docker-compose*.yml',
  '',
  '# Logs and scratch files',
  '*.log',
  'tmp/',
];

const ecosystemIgnores: Readonly<Record<Ecosystem, (p: Project) => string[]>> = {
  go: () => ['bin/', '*.test', '*.out'],
  rust: () => ['target/'],
  node: (p) => ['node_modules/', 'coverage/', ...(p.hasBuildScript ? ['dist/', 'build/'] : [])],
  python: () => ['__pycache__/', '*.py[cod]', '.venv/', 'venv/', '.pytest_cache/', '.mypy_cache/', '.tox/', '*.egg-info/', 'dist/', 'build/'],
  java: (p) => (p.packageManager === 'maven' ? ['target/'] : ['build/', '.gradle/']),
  php: () => ['vendor/', 'node_modules/'],
  dotnet: () => ['bin/', 'obj/', '*.user'],
};

function dockerignore(p: Project): string {
  return [...commonIgnores, '', '# Dependencies and build output: the image makes its own', ...ecosystemIgnores[p.ecosystem](p), ''].join('\n');
}

function composeYaml(a: ScaffoldAnswers): string {
  const lines = ['services:', `  ${a.project.name}:`, '    build:', '      context: .'];
  if (a.dockerfileName !== 'Dockerfile') lines.push(`      dockerfile: ${a.dockerfileName}`);
  lines.push('      target: runtime');
  if (a.port !== null) {
    lines.push('    ports:', '      # Published on the loopback interface only; drop "127.0.0.1:" to expose it to the network.', `      - "127.0.0.1:${a.port}:${a.port}"`);
  }
  lines.push('    restart: unless-stopped', '');
  return lines.join('\n');
}

/** The files the scaffolder writes for these answers. */
export function renderFiles(a: ScaffoldAnswers): ScaffoldFiles {
  const dockerfile = dockerfileRenderers[a.project.ecosystem](a).join('\n') + '\n';
  const files: { -readonly [K in keyof ScaffoldFiles]: ScaffoldFiles[K] } = { Dockerfile: dockerfile, '.dockerignore': dockerignore(a.project) };
  if (a.compose) files['compose.yaml'] = composeYaml(a);
  return files;
}
