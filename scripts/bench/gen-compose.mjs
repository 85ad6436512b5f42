#!/usr/bin/env node
// Generates a large, realistic Compose project (compose.yaml of ~4,500 lines, .env, the Dockerfiles its builds name) as benchmark input.
// Usage: node scripts/bench/gen-compose.mjs [--services 150] [--seed 1] [--out DIR]   (DIR defaults to a new temp folder; its path is printed)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRandom, parseArgs } from './prng.mjs';

/** Kinds of service; the data stores come first so later services can depend on them. */
const KINDS = [
  { kind: 'db', image: 'postgres:16-alpine', port: 5432, health: ['CMD-SHELL', 'pg_isready -U $${POSTGRES_USER:-app}'], data: '/var/lib/postgresql/data', build: false },
  { kind: 'cache', image: 'redis:7.4-alpine', port: 6379, health: ['CMD', 'redis-cli', 'ping'], data: '/data', build: false },
  { kind: 'migrate', port: 0, oneShot: true, build: true, target: 'migrate' },
  { kind: 'api', port: 8080, health: ['CMD', 'curl', '-fsS', 'http://localhost:8080/healthz'], build: true, target: 'runtime' },
  { kind: 'worker', port: 9100, health: ['CMD', '/app/bin/worker', 'health'], build: true, target: 'runtime' },
  { kind: 'web', port: 3000, health: ['CMD', 'wget', '-qO-', 'http://localhost:3000/'], build: true, target: 'static' },
];
const TEAMS = ['payments', 'search', 'identity', 'catalog', 'billing', 'ingest', 'reports', 'notify'];

/** Returns the project as { relative path: text }; the compose file is `compose.yaml`. */
export function generateCompose({ services = 150, seed = 1 } = {}) {
  const random = createRandom(seed * 104729 + services);
  const files = {};
  const yaml = [];
  const emit = (...rows) => yaml.push(...rows);

  emit('# Benchmark project: many services built from this repository, sharing defaults through anchors.');
  emit('name: bench-platform', '');
  emit('x-logging: &default-logging', '  logging:', '    driver: json-file', '    options:', '      max-size: "10m"', '      max-file: "3"', '');
  emit('x-healthcheck: &default-healthcheck', '  interval: 15s', '  timeout: 5s', '  retries: 5', '  start_period: 20s', '');
  emit('x-common-env: &common-env', '  TZ: ${TZ:-UTC}', '  LOG_LEVEL: ${LOG_LEVEL:-info}', '  OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector:4317', '');
  emit('x-service: &default-service', '  restart: unless-stopped', '  init: true', '  stop_grace_period: 20s', '');
  emit('services:');

  const names = [];
  const volumes = [];
  const byKind = new Map();
  for (let i = 1; i <= services; i++) {
    // The first services are the stores and migrations the rest depend on.
    const spec = i <= 6 ? KINDS[(i - 1) % 3] : random.pick(KINDS);
    const team = random.pick(TEAMS);
    const name = `${team}-${spec.kind}-${String(i).padStart(3, '0')}`;
    emitService(emit, random, { spec, team, name, index: i, byKind, files, volumes });
    names.push(name);
    if (!byKind.has(spec.kind)) byKind.set(spec.kind, []);
    byKind.get(spec.kind).push(name);
  }

  emit('', 'networks:', '  frontend:', '  backend:', '    internal: true', '  observability:', '    driver: bridge', '');
  emit('volumes:');
  for (const volume of volumes) emit(`  ${volume}:`);
  emit('', 'secrets:', '  db_password:', '    file: ./secrets/db_password.txt', '  api_token:', '    environment: API_TOKEN');
  files['compose.yaml'] = yaml.join('\n') + '\n';
  files['.env'] = [
    '# Values the compose file interpolates.',
    'COMPOSE_PROJECT_NAME=bench-platform',
    'REGISTRY=registry.example.com/bench',
    'TAG=2024.12.1',
    'APP_VERSION=1.42.0',
    'TZ=Europe/Berlin',
    'LOG_LEVEL=info',
    'POSTGRES_USER=app',
    'POSTGRES_PASSWORD=change-me',
    'API_TOKEN=dev-token',
    'PUBLIC_PORT_BASE=18000',
  ].join('\n') + '\n';
  files['secrets/db_password.txt'] = 'change-me\n';
  return { files, services: names };
}

function emitService(emit, random, { spec, team, name, index, byKind, files, volumes }) {
  emit(`  ${name}:`);
  emit(`    <<: [*default-service, *default-logging]`);
  if (spec.build) {
    const context = `./services/${name}`;
    emit('    build:', `      context: ${context}`, `      dockerfile: ${random.chance(0.2) ? 'Dockerfile.prod' : 'Dockerfile'}`, `      target: ${spec.target}`);
    emit('      args:', '        APP_VERSION: ${APP_VERSION:-0.0.0}');
    if (random.chance(0.3)) emit('      cache_from:', `        - type=registry,ref=\${REGISTRY}/${name}:cache`);
    emit(`    image: \${REGISTRY:-registry.local}/${name}:\${TAG:-latest}`);
    const dockerfile = serviceDockerfile(name, spec);
    files[`services/${name}/Dockerfile`] = dockerfile;
    files[`services/${name}/Dockerfile.prod`] = dockerfile;
    files[`services/${name}/config/app.yaml`] = `service: ${name}\n`;
  } else {
    emit(`    image: ${spec.image}`);
  }
  if (spec.oneShot) emit('    restart: "no"');
  emit('    environment:', '      <<: *common-env', `      SERVICE_NAME: ${name}`, `      TEAM: ${team}`);
  const db = pickEarlier(random, byKind, 'db');
  if (db && ['api', 'worker', 'migrate'].includes(spec.kind)) emit(`      DATABASE_URL: postgres://\${POSTGRES_USER}:\${POSTGRES_PASSWORD}@${db}:5432/${team}`);
  if (spec.kind === 'db') emit('      POSTGRES_USER: ${POSTGRES_USER:-app}', '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password');
  if (random.chance(0.25)) emit('    env_file:', '      - .env');
  if (spec.port && (spec.kind === 'api' || spec.kind === 'web' || random.chance(0.2))) {
    emit('    ports:', `      - "127.0.0.1:${18000 + index}:${spec.port}"`);
  } else if (spec.port) {
    emit('    expose:', `      - "${spec.port}"`);
  }
  if (spec.data) {
    const volume = `${name}-data`;
    volumes.push(volume);
    emit('    volumes:', `      - ${volume}:${spec.data}`);
  } else if (spec.build) {
    emit('    volumes:', `      - ./services/${name}/config:/etc/app:ro`, '      - type: tmpfs', '        target: /tmp');
  }
  emit('    networks:');
  for (const network of spec.kind === 'web' ? ['frontend', 'backend'] : ['backend', ...(random.chance(0.3) ? ['observability'] : [])]) emit(`      - ${network}`);
  const dependencies = [];
  if (db && ['api', 'worker', 'migrate'].includes(spec.kind)) dependencies.push([db, 'service_healthy', true]);
  const cache = spec.kind === 'api' || spec.kind === 'worker' ? pickEarlier(random, byKind, 'cache') : undefined;
  if (cache) dependencies.push([cache, 'service_healthy', false]);
  const migrate = spec.kind === 'api' ? pickEarlier(random, byKind, 'migrate') : undefined;
  if (migrate) dependencies.push([migrate, 'service_completed_successfully', false]);
  if (dependencies.length > 0) {
    emit('    depends_on:');
    for (const [dependency, condition, restart] of dependencies) {
      emit(`      ${dependency}:`, `        condition: ${condition}`);
      if (restart) emit('        restart: true');
    }
  }
  if (spec.health) {
    emit('    healthcheck:', '      <<: *default-healthcheck', `      test: [${spec.health.map((part) => JSON.stringify(part)).join(', ')}]`);
  }
  if (spec.kind === 'db') emit('    secrets:', '      - db_password');
  if (spec.kind === 'api' || spec.kind === 'worker') {
    emit('    deploy:', '      resources:', '        limits:', `          cpus: "${random.pick(['0.25', '0.50', '1.0'])}"`, `          memory: ${random.pick(['128M', '256M', '512M'])}`);
  }
  if (random.chance(0.5)) emit('    labels:', `      com.example.team: ${team}`);
  emit(`    x-owner: team-${team}`, '');
}

function pickEarlier(random, byKind, kind) {
  const candidates = byKind.get(kind);
  return candidates && candidates.length > 0 ? random.pick(candidates) : undefined;
}

/** The Dockerfile a service's build names, with the stage its `target` picks. */
function serviceDockerfile(name, spec) {
  return [
    `# Builds ${name}.`,
    'FROM node:20-alpine AS deps',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN --mount=type=cache,target=/root/.npm npm ci',
    '',
    'FROM deps AS build',
    'COPY . .',
    'RUN npm run build',
    '',
    'FROM build AS migrate',
    'CMD ["npm", "run", "migrate"]',
    '',
    'FROM nginx:1.27-alpine AS static',
    'COPY --from=build /app/dist /usr/share/nginx/html',
    '',
    'FROM node:20-alpine AS runtime',
    'WORKDIR /app',
    'COPY --from=build /app/dist ./dist',
    `EXPOSE ${spec.port || 8080}`,
    'USER node',
    'CMD ["node", "dist/main.js"]',
    '',
  ].join('\n');
}

/** Writes the project under `dir` (a new temp folder when omitted) and returns the folder. */
export function writeComposeProject({ dir, services = 150, seed = 1 } = {}) {
  const root = dir ?? mkdtempSync(join(tmpdir(), 'dockwise-bench-compose-'));
  const { files } = generateCompose({ services, seed });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { options } = parseArgs(process.argv.slice(2));
  const services = Number(options.services ?? 150);
  if (!Number.isInteger(services) || services < 1) {
    process.stderr.write('usage: gen-compose.mjs [--services N] [--seed N] [--out DIR]\n');
    process.exit(2);
  }
  const root = writeComposeProject({ dir: typeof options.out === 'string' ? options.out : undefined, services, seed: Number(options.seed ?? 1) });
  process.stdout.write(root + '\n');
}
