#!/usr/bin/env node
// Generates a large, realistic multi-stage Dockerfile (seeded, so the same on every run) as benchmark input.
// Usage: node scripts/bench/gen-dockerfile.mjs [lines=2000] [--seed 1] [--out path]
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRandom, parseArgs } from './prng.mjs';

export const DOCKERFILE_SIZES = [500, 1000, 2000, 4000, 8000];

/** Base images per toolchain, with the package manager commands a real stage of that kind runs. */
const TOOLCHAINS = [
  {
    name: 'node', image: 'node:${NODE_VERSION}-bookworm-slim', versionArg: 'NODE_VERSION=20.18.1',
    cache: '/root/.npm', manifest: 'package.json package-lock.json', install: 'npm ci --no-audit --no-fund',
    build: 'npm run build -- --mode=production', out: 'dist', port: 3000, user: 'node',
  },
  {
    name: 'python', image: 'python:${PYTHON_VERSION}-slim-bookworm', versionArg: 'PYTHON_VERSION=3.12.7',
    cache: '/root/.cache/pip', manifest: 'requirements.txt pyproject.toml', install: 'pip install --prefix=/install -r requirements.txt',
    build: 'python -m compileall -q src', out: 'src', port: 8000, user: 'app',
  },
  {
    name: 'go', image: 'golang:${GO_VERSION}-alpine', versionArg: 'GO_VERSION=1.23.4',
    cache: '/go/pkg/mod', manifest: 'go.mod go.sum', install: 'go mod download -x',
    build: 'CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app', out: '/out', port: 8080, user: 'nonroot',
  },
  {
    name: 'rust', image: 'rust:${RUST_VERSION}-slim-bookworm', versionArg: 'RUST_VERSION=1.83.0',
    cache: '/usr/local/cargo/registry', manifest: 'Cargo.toml Cargo.lock', install: 'cargo fetch --locked',
    build: 'cargo build --release --locked && cp target/release/app /out/app', out: '/out', port: 8081, user: 'app',
  },
  {
    name: 'java', image: 'eclipse-temurin:${JAVA_VERSION}-jdk-jammy', versionArg: 'JAVA_VERSION=21.0.5_11',
    cache: '/root/.m2', manifest: 'pom.xml', install: './mvnw -B dependency:go-offline',
    build: './mvnw -B -DskipTests package && cp target/*.jar /out/app.jar', out: '/out', port: 8082, user: 'spring',
  },
];

const RUNTIMES = ['debian:bookworm-slim', 'alpine:${ALPINE_VERSION}', 'gcr.io/distroless/static-debian12:nonroot', 'ubuntu:24.04', 'nginx:1.27-alpine'];
const APT_PACKAGES = ['ca-certificates', 'curl', 'git', 'build-essential', 'libpq-dev', 'pkg-config', 'libssl-dev', 'tzdata', 'unzip', 'jq', 'gnupg', 'openssh-client'];
const APK_PACKAGES = ['ca-certificates', 'curl', 'git', 'tzdata', 'bash', 'jq', 'openssl', 'su-exec', 'tini'];
const TEAMS = ['payments', 'search', 'identity', 'catalog', 'billing', 'ingest', 'reports', 'notify'];

/** One Dockerfile of about `lines` lines; `seed` varies which stages and details are chosen. */
export function generateDockerfile({ lines = 2000, seed = 1 } = {}) {
  const random = createRandom(seed * 7919 + lines);
  const out = [];
  const emit = (...rows) => out.push(...rows);

  emit('# syntax=docker/dockerfile:1.10', '# check=error=true', '');
  emit(`# Build of the ${lines}-line benchmark monorepo: every service has its deps, build and runtime stages.`);
  emit('ARG ALPINE_VERSION=3.20');
  for (const toolchain of TOOLCHAINS) emit(`ARG ${toolchain.versionArg}`);
  emit('ARG REGISTRY=registry.example.com', 'ARG APP_VERSION=0.0.0-dev', '');

  const builtStages = [];
  let service = 0;
  // The final aggregate stage takes ~12 lines plus one per built service; stop before overshooting.
  while (out.length + 40 + builtStages.length < lines) {
    service++;
    const toolchain = random.pick(TOOLCHAINS);
    const name = `${random.pick(TEAMS)}-${toolchain.name}-${service}`;
    const home = `/srv/${name}`;
    emitBuilderStages(emit, random, toolchain, name, home, builtStages);
    emitRuntimeStage(emit, random, toolchain, name, home);
    builtStages.push({ stage: `${name}-runtime`, path: home, toolchain });
  }
  emitAggregateStage(emit, random, builtStages);
  return out.join('\n') + '\n';
}

function emitBuilderStages(emit, random, toolchain, name, home, earlier) {
  const alpine = toolchain.image.includes('alpine');
  emit(`# ---- ${name}: dependencies ----`);
  emit(`FROM --platform=$BUILDPLATFORM ${toolchain.image} AS ${name}-deps`);
  emit('ARG TARGETOS', 'ARG TARGETARCH');
  emit(`WORKDIR ${home}`);
  emit(`ENV ${toolchain.name.toUpperCase()}_HOME=${home} \\`, `    PATH=${home}/bin:$PATH \\`, `    CI=true`);
  if (alpine) {
    emit(`RUN --mount=type=cache,target=/var/cache/apk,sharing=locked \\`,
      `    apk add --no-cache ${random.some(APK_PACKAGES, random.int(2, 5)).join(' ')}`);
  } else {
    emit('RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\',
      '    --mount=type=cache,target=/var/lib/apt,sharing=locked \\',
      '    apt-get update \\',
      `    && apt-get install -y --no-install-recommends ${random.some(APT_PACKAGES, random.int(2, 5)).join(' ')} \\`,
      '    && rm -rf /var/lib/apt/lists/*');
  }
  emit(`COPY ${toolchain.manifest} ./`);
  emit(`RUN --mount=type=cache,target=${toolchain.cache} \\`);
  if (random.chance(0.5)) emit('    --mount=type=secret,id=registry_token,env=REGISTRY_TOKEN \\');
  emit(`    ${toolchain.install}`, '');

  emit(`# ---- ${name}: build ----`);
  emit(`FROM ${name}-deps AS ${name}-build`);
  emit('ARG APP_VERSION', `ARG BUILD_FLAVOR=${random.pick(['release', 'debug', 'profiling'])}`);
  emit(`LABEL org.opencontainers.image.source="https://git.example.com/mono/${name}" \\`,
    `      org.opencontainers.image.version="\${APP_VERSION}"`);
  emit('COPY --link . .');
  if (earlier.length > 0 && random.chance(0.4)) {
    const dep = random.pick(earlier);
    emit(`COPY --from=${dep.stage} ${dep.path}/ /opt/deps/${dep.stage}/`);
  }
  emit('RUN mkdir -p /out');
  emit(`RUN --mount=type=cache,target=${toolchain.cache} \\`,
    '    --mount=type=bind,source=.git,target=.git,readonly \\',
    `    echo "building $BUILD_FLAVOR \${APP_VERSION}" \\`,
    `    && ${toolchain.build}`);
  if (random.chance(0.5)) {
    emit('RUN <<EOF', 'set -eux', `test -e ${toolchain.out}`, `find ${toolchain.out} -type f | head -n 20`, 'EOF');
  }
  emit('');
}

function emitRuntimeStage(emit, random, toolchain, name, home) {
  const runtime = random.pick(RUNTIMES);
  const port = toolchain.port + random.int(0, 50);
  emit(`# ---- ${name}: runtime ----`);
  emit(`FROM ${runtime} AS ${name}-runtime`);
  emit(`ARG APP_VERSION`);
  emit(`ENV APP_NAME=${name} \\`, `    APP_PORT=${port} \\`, `    APP_VERSION=\${APP_VERSION} \\`, `    LOG_LEVEL=${random.pick(['info', 'warn', 'debug'])}`);
  emit(`LABEL com.example.team="${name.split('-')[0]}" com.example.service="${name}"`);
  emit(`WORKDIR ${home}`);
  if (!runtime.includes('distroless')) {
    emit(`RUN groupadd --system ${toolchain.user} 2>/dev/null || addgroup -S ${toolchain.user}; \\`,
      `    useradd --system --gid ${toolchain.user} ${toolchain.user} 2>/dev/null || adduser -S -G ${toolchain.user} ${toolchain.user}`);
  }
  emit(`COPY --from=${name}-build --chown=${toolchain.user}:${toolchain.user} ${toolchain.out.startsWith('/') ? toolchain.out : `${home}/${toolchain.out}`} ${home}/app`);
  if (random.chance(0.5)) {
    emit(`COPY <<EOF ${home}/config.json`, '{', `  "service": "${name}",`, `  "port": ${port},`, `  "metrics": ${random.chance(0.5)}`, '}', 'EOF');
  }
  if (random.chance(0.3)) emit(`VOLUME ["${home}/data"]`);
  emit(`EXPOSE ${port}/tcp`);
  emit(`USER ${toolchain.user}`);
  emit(`HEALTHCHECK --interval=${random.pick([10, 15, 30])}s --timeout=3s --start-period=${random.pick([5, 20, 60])}s --retries=3 \\`,
    `    CMD ["${home}/app/healthcheck", "--port", "${port}"]`);
  if (random.chance(0.3)) emit('STOPSIGNAL SIGTERM');
  emit(`ENTRYPOINT ["${home}/app/${toolchain.name === 'java' ? 'run-jar' : 'app'}"]`);
  emit(`CMD ["--port", "${port}"]`, '');
}

function emitAggregateStage(emit, random, builtStages) {
  emit('# ---- everything: a debug image holding every service ----');
  emit('FROM alpine:${ALPINE_VERSION} AS everything');
  emit('ARG APP_VERSION');
  emit('ENV APP_VERSION=${APP_VERSION}');
  emit('RUN apk add --no-cache ca-certificates tini');
  for (const built of builtStages) emit(`COPY --from=${built.stage} ${built.path}/app /opt/${built.stage}/`);
  emit('SHELL ["/bin/sh", "-eu", "-c"]');
  emit('HEALTHCHECK NONE');
  emit('ENTRYPOINT ["/sbin/tini", "--"]');
  emit(`CMD ["/bin/sh", "-c", "ls /opt"]`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { options, positionals } = parseArgs(process.argv.slice(2));
  const lines = Number(positionals[0] ?? options.lines ?? 2000);
  if (!Number.isInteger(lines) || lines < 100) {
    process.stderr.write('usage: gen-dockerfile.mjs [lines>=100] [--seed N] [--out FILE]\n');
    process.exit(2);
  }
  const text = generateDockerfile({ lines, seed: Number(options.seed ?? 1) });
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
}
