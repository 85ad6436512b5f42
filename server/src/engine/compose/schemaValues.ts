// What the JSON schema cannot say about compose values: the casts compose applies after
// interpolation (`cpus: lots`), durations, byte sizes, and the enumerations the schema leaves as
// plain strings (`restart`, `pull_policy`, `network_mode` …). Tables as data, one walk per file.
import { booleanPaths } from './schemaValidate.generated';

export type CastKind = 'int' | 'float' | 'bool' | 'bytes';

export interface EnumSpec {
  values: readonly string[];
  /** Other accepted forms (`on-failure:3`, `service:db`). */
  forms?: RegExp;
  /**
   * Any other value is accepted too (a custom network name for `network_mode`): only near misses
   * of the known values and malformed `kind:name` forms are reported.
   */
  open?: boolean;
}

export type ValueCheck =
  | { kind: 'cast'; as: CastKind }
  | { kind: 'duration' }
  | { kind: 'enum'; spec: EnumSpec };

const svc = (p: string) => `services.*.${p}`;

/** The casts compose-go applies to interpolated strings (its interpolateTypeCastMapping) plus byte sizes. */
const casts: Array<[string, CastKind]> = [
  ...['cpu_count', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares', 'oom_score_adj', 'pids_limit'].map(
    (k): [string, CastKind] => [svc(k), 'int'],
  ),
  [svc('cpu_percent'), 'float'],
  [svc('cpus'), 'float'],
  [svc('scale'), 'int'],
  ...['init', 'oom_kill_disable', 'privileged', 'read_only', 'stdin_open', 'tty'].map((k): [string, CastKind] => [svc(k), 'bool']),
  [svc('ulimits.*'), 'int'],
  [svc('ulimits.*.hard'), 'int'],
  [svc('ulimits.*.soft'), 'int'],
  [svc('volumes.[].read_only'), 'bool'],
  [svc('volumes.[].volume.nocopy'), 'bool'],
  [svc('depends_on.*.required'), 'bool'],
  [svc('depends_on.*.restart'), 'bool'],
  [svc('healthcheck.retries'), 'int'],
  [svc('healthcheck.disable'), 'bool'],
  [svc('ports.[].target'), 'int'],
  [svc('deploy.replicas'), 'int'],
  [svc('deploy.update_config.parallelism'), 'int'],
  [svc('deploy.update_config.max_failure_ratio'), 'float'],
  [svc('deploy.rollback_config.parallelism'), 'int'],
  [svc('deploy.rollback_config.max_failure_ratio'), 'float'],
  [svc('deploy.restart_policy.max_attempts'), 'int'],
  [svc('deploy.placement.max_replicas_per_node'), 'int'],
  ...['external', 'internal', 'attachable', 'enable_ipv4', 'enable_ipv6'].map((k): [string, CastKind] => [`networks.*.${k}`, 'bool']),
  ['volumes.*.external', 'bool'],
  ['secrets.*.external', 'bool'],
  ['configs.*.external', 'bool'],
  ...['mem_limit', 'mem_reservation', 'memswap_limit', 'shm_size', 'build.shm_size', 'deploy.resources.limits.memory', 'deploy.resources.reservations.memory', 'volumes.[].tmpfs.size'].map(
    (k): [string, CastKind] => [svc(k), 'bytes'],
  ),
];

const durations = [
  'healthcheck.interval',
  'healthcheck.timeout',
  'healthcheck.start_period',
  'healthcheck.start_interval',
  'stop_grace_period',
  'deploy.update_config.delay',
  'deploy.update_config.monitor',
  'deploy.rollback_config.delay',
  'deploy.rollback_config.monitor',
  'deploy.restart_policy.delay',
  'deploy.restart_policy.window',
].map(svc);

/** Enumerations compose enforces but the schema types as any string. */
const enums: Array<[string, EnumSpec]> = [
  [svc('restart'), { values: ['no', 'always', 'on-failure', 'unless-stopped'], forms: /^on-failure:\d+$/ }],
  [
    svc('pull_policy'),
    { values: ['always', 'never', 'missing', 'build', 'if_not_present', 'refresh', 'daily', 'weekly'], forms: /^every_(?:\d+[wdhms])+$/ },
  ],
  [svc('network_mode'), { values: ['bridge', 'host', 'none', 'default', 'service:', 'container:'], forms: /^(?:service|container):[^:\s]+$/, open: true }],
  [svc('deploy.mode'), { values: ['replicated', 'global', 'replicated-job', 'global-job'] }],
  [svc('deploy.endpoint_mode'), { values: ['vip', 'dnsrr'] }],
  [svc('deploy.restart_policy.condition'), { values: ['none', 'on-failure', 'any'] }],
  [svc('deploy.update_config.failure_action'), { values: ['continue', 'rollback', 'pause'] }],
  [svc('deploy.rollback_config.failure_action'), { values: ['continue', 'rollback', 'pause'] }],
  [svc('ports.[].mode'), { values: ['host', 'ingress'] }],
  [svc('volumes.[].bind.propagation'), { values: ['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'] }],
];

export const valueChecks: Array<[string, ValueCheck[]]> = (() => {
  const byPath = new Map<string, ValueCheck[]>();
  const add = (p: string, c: ValueCheck) => byPath.set(p, [...(byPath.get(p) ?? []), c]);
  for (const [p, as] of casts) add(p, { kind: 'cast', as });
  for (const p of durations) add(p, { kind: 'duration' });
  for (const [p, spec] of enums) add(p, { kind: 'enum', spec });
  return [...byPath];
})();

export const durationPatterns: readonly string[] = durations;

/** Where a boolean is meant: the schema's boolean fields and compose's boolean casts. */
export const booleanPatterns: readonly string[] = [...new Set([...booleanPaths, ...casts.filter(([, k]) => k === 'bool').map(([p]) => p)])];

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity|nan)$/i;
/** compose-go's casts accept the YAML 1.1 words too (with a warning: that is Yaml11Boolean). */
export const BOOLEAN_WORDS = /^(?:true|false|y|yes|on|n|no|off)$/i;
export const YAML11_BOOLEAN = /^(?:y|yes|on|n|no|off)$/i;
/** docker's RAMInBytes: a number, an optional unit and an optional `b`. */
const BYTES = /^(?:\d+(?:\.\d+)*) ?[kKmMgGtTpP]?[iI]?[bB]?$|^-1$/;
/** Go's time.ParseDuration. */
const DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

export function castOk(as: CastKind, s: string): boolean {
  switch (as) {
    case 'int':
      return INT.test(s);
    case 'float':
      return FLOAT.test(s);
    case 'bool':
      return BOOLEAN_WORDS.test(s);
    case 'bytes':
      return BYTES.test(s);
  }
}

export function isDuration(s: string): boolean {
  return DURATION.test(s);
}

/** Whether an enumerated value is acceptable. */
export function enumOk(spec: EnumSpec, s: string): boolean {
  if (spec.values.includes(s) && !s.endsWith(':')) return true;
  if (spec.forms?.test(s)) return true;
  if (!spec.open) return false;
  // An open enumeration (a network name) refuses only malformed `kind:` forms; near misses are judged by the caller.
  return !s.includes(':');
}
