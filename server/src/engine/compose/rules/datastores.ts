// Which services are databases, caches and brokers (by the image they run or build from), and the
// readiness check that fits each: the facts behind depends_on conditions, healthchecks and ports.
import { parseImageRef, qualifiedName, lookupImage } from '../../dockerfile/images';
import { baseOf } from '../../dockerfile/baseImage';
import { get, str, type CNode } from '../model';
import type { ProjectAccess } from '../../rule';
import { buildOf, builtStage, resolved, type ComposeProject, type EffectiveService } from './services';

export interface StoreKind {
  id: string;
  /** Matches the repository (registry included for non-Hub images). */
  repo: RegExp;
  /** The healthcheck `test` that says the server accepts connections, as YAML flow text. */
  test?: string;
}

/** Data as a table: repository patterns of the common official and vendor images. */
export const STORES: StoreKind[] = [
  { id: 'postgres', repo: /(?:^|\/)(?:postgres|postgresql|postgis|timescaledb(?:-ha)?|pgvector)$/, test: '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]' },
  // MariaDB 11 images no longer ship mysqladmin; they carry their own healthcheck.sh.
  { id: 'mariadb', repo: /(?:^|\/)mariadb$/, test: '["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]' },
  { id: 'mysql', repo: /(?:^|\/)(?:mysql|mysql-server|percona|percona-server)$/, test: '["CMD", "mysqladmin", "ping", "-h", "localhost"]' },
  { id: 'redis', repo: /(?:^|\/)(?:redis|redis-stack|redis-stack-server)$/, test: '["CMD", "redis-cli", "ping"]' },
  { id: 'valkey', repo: /(?:^|\/)valkey$/, test: '["CMD", "valkey-cli", "ping"]' },
  { id: 'keydb', repo: /(?:^|\/)keydb$/, test: '["CMD", "keydb-cli", "ping"]' },
  { id: 'rabbitmq', repo: /(?:^|\/)rabbitmq$/, test: '["CMD", "rabbitmq-diagnostics", "-q", "ping"]' },
  { id: 'mongo', repo: /(?:^|\/)(?:mongo|mongodb|mongodb-community-server)$/, test: `["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand('ping')"]` },
  { id: 'kafka', repo: /(?:^|\/)(?:kafka|cp-kafka|cp-server)$/ },
  { id: 'zookeeper', repo: /(?:^|\/)(?:zookeeper|cp-zookeeper)$/ },
  { id: 'elasticsearch', repo: /(?:^|\/)elasticsearch$/ },
  { id: 'opensearch', repo: /(?:^|\/)opensearch$/ },
  { id: 'memcached', repo: /(?:^|\/)memcached$/ },
  { id: 'cassandra', repo: /(?:^|\/)(?:cassandra|scylla)$/ },
  { id: 'clickhouse', repo: /(?:^|\/)clickhouse-server$/, test: '["CMD", "clickhouse-client", "--query", "SELECT 1"]' },
  { id: 'nats', repo: /(?:^|\/)nats$/ },
  { id: 'couchdb', repo: /(?:^|\/)couchdb$/ },
  { id: 'influxdb', repo: /(?:^|\/)influxdb$/ },
  { id: 'neo4j', repo: /(?:^|\/)neo4j$/ },
  { id: 'mssql', repo: /(?:^|\/)mssql\/server$|(?:^|\/)mssql-server/ },
];

/** The image a service runs: its `image`, or the image its built stage starts from. */
export interface ServiceImage {
  raw: string;
  fromBuild: boolean;
  /** True when the Dockerfile (target stage and its parents) declares HEALTHCHECK (NONE excluded). */
  dockerfileHealthcheck?: boolean;
  /** The build's Dockerfile could be read. */
  dockerfileRead: boolean;
}

export function serviceImage(project: ComposeProject, access: ProjectAccess, eff: EffectiveService): ServiceImage | undefined {
  const build = buildOf(project, eff);
  if (build) {
    const built = builtStage(access, build);
    if (!built) {
      const img = resolved(project, eff.get(['image'])?.node);
      return img ? { raw: img, fromBuild: true, dockerfileRead: false } : undefined;
    }
    const base = baseOf(built.model, built.stage);
    const hc = base.chain.flatMap((i) => built.model.stages[i].instructions).filter((i) => i.keyword === 'HEALTHCHECK');
    const last = hc[hc.length - 1];
    const healthy = !!last && !/^\s*NONE\b/i.test(last.args.map((a) => a.value).join(' '));
    const rootImage = built.model.stages[base.rootStage]?.image ?? '';
    return { raw: base.image.ref?.raw ?? rootImage, fromBuild: true, dockerfileHealthcheck: healthy, dockerfileRead: true };
  }
  const img = resolved(project, eff.get(['image'])?.node);
  return img ? { raw: img, fromBuild: false, dockerfileRead: false } : undefined;
}

/** The kind of datastore an image is, if any. */
export function storeKind(image: string | undefined): StoreKind | undefined {
  const ref = image ? parseImageRef(image) : null;
  if (!ref) return undefined;
  const name = qualifiedName(ref);
  return STORES.find((s) => s.repo.test(name));
}

/** Whether an image is known to ship no HEALTHCHECK of its own (official images, scratch). */
export function imageHasNoOwnHealthcheck(image: string): boolean {
  const ref = parseImageRef(image);
  if (!ref) return false;
  if (ref.repository === 'scratch') return true;
  return lookupImage(image).known || (!!storeKind(image) && ref.registry === 'docker.io' && !ref.repository.includes('/'));
}

/** Whether the service declares an enabled healthcheck in compose. */
export function composeHealthcheck(eff: EffectiveService): 'yes' | 'disabled' | 'no' {
  const hc = eff.get(['healthcheck']);
  if (!hc) return 'no';
  if (str(get(hc.node, 'disable')) === 'true') return 'disabled';
  const test = get(hc.node, 'test');
  const first = test?.type === 'seq' ? str(test.items[0]) : str(test);
  if (first === 'NONE') return 'disabled';
  return test ? 'yes' : 'no';
}

/** The container port a service serves HTTP on, from its ports or expose. */
export function containerPort(eff: EffectiveService): string | undefined {
  const fromPorts = (n: CNode | undefined): string | undefined => {
    if (!n || n.type !== 'seq') return undefined;
    for (const it of n.items) {
      const target = it.type === 'map' ? str(get(it, 'target')) : str(it)?.split('/')[0].split(':').pop();
      if (target && /^\d+$/.test(target)) return target;
    }
    return undefined;
  };
  return fromPorts(eff.get(['ports'])?.node) ?? fromPorts(eff.get(['expose'])?.node);
}

/**
 * The healthcheck `test` fitted to a service: the datastore's own probe, else an HTTP probe with
 * curl or wget when the image is known to have one and the port is known. Undefined when unsure.
 */
export function fittedTest(image: ServiceImage | undefined, eff: EffectiveService): string | undefined {
  if (!image) return undefined;
  const kind = storeKind(image.raw);
  if (kind) return kind.test;
  const facts = lookupImage(image.raw);
  const port = containerPort(eff);
  if (!port) return undefined;
  if (facts.curl === true) return `["CMD", "curl", "-fsS", "http://localhost:${port}/"]`;
  if (facts.wget === true) return `["CMD", "wget", "-q", "--spider", "http://localhost:${port}/"]`;
  return undefined;
}

/** The healthcheck block (relative lines) for a `test`. */
export function healthcheckLines(test: string, unit: number): string[] {
  const i = ' '.repeat(unit);
  return ['healthcheck:', `${i}test: ${test}`, `${i}interval: 10s`, `${i}timeout: 5s`, `${i}retries: 5`];
}
