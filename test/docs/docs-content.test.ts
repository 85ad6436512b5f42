// Guards the hover-doc data: both languages complete, every required key present, files well-formed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/docs');
const LANGS = ['en', 'ru'] as const;
const KINDS = ['dockerfile', 'compose'] as const;
type Kind = (typeof KINDS)[number];

const prefixed = (prefix: string, names: string[]): string[] => names.map((n) => `${prefix}${n}`);

/** Dockerfile keys that must have a full Markdown doc in every language. */
const REQUIRED_DOCKERFILE: string[] = [
  ...prefixed('instruction.', [
    'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
    'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
  ]),
  'flag.FROM.platform',
  ...prefixed('flag.RUN.', ['mount', 'network', 'security', 'device']),
  ...prefixed('flag.COPY.', ['from', 'chown', 'chmod', 'link', 'parents', 'exclude']),
  ...prefixed('flag.ADD.', ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'unpack', 'exclude']),
  ...prefixed('flag.HEALTHCHECK.', ['interval', 'timeout', 'start-period', 'start-interval', 'retries']),
  ...['bind', 'cache', 'tmpfs', 'secret', 'ssh'].map((t) => `mount.${t}`),
  ...prefixed('mount.bind.', ['target', 'source', 'from', 'rw']),
  ...prefixed('mount.cache.', ['target', 'id', 'sharing', 'from', 'source', 'ro', 'mode', 'uid', 'gid']),
  ...prefixed('mount.tmpfs.', ['target', 'size']),
  ...prefixed('mount.secret.', ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid']),
  ...prefixed('mount.ssh.', ['id', 'target', 'required', 'mode', 'uid', 'gid']),
  ...prefixed('directive.', ['syntax', 'escape', 'check', 'check.skip', 'check.error']),
  ...prefixed('image.', [
    'scratch', 'distroless', 'chainguard-static', 'alpine', 'busybox', 'slim', 'debian', 'sdk',
  ]),
  ...prefixed('tag.', ['latest', 'pinned', 'digest', 'none']),
];

/** Compose keys (and enumerated values) that must have a full Markdown doc in every language. */
const REQUIRED_COMPOSE: string[] = [
  'services', 'services._', 'services._.build', 'services._.build.context',
  'services._.build.dockerfile', 'services._.build.target', 'services._.image', 'services._.ports',
  'services._.ports.published', 'services._.volumes', 'services._.depends_on',
  'services._.depends_on._.condition', 'services._.healthcheck',
  ...prefixed('services._.healthcheck.', [
    'test', 'interval', 'timeout', 'retries', 'start_period', 'start_interval',
  ]),
  'services._.environment', 'services._.env_file', 'services._.secrets', 'secrets',
  'secrets._.file', 'services._.configs', 'configs', 'services._.profiles', 'services._.restart',
  'services._.logging', 'services._.logging.driver', 'services._.logging.options',
  'services._.mem_limit', 'services._.cpus', 'services._.pids_limit', 'services._.deploy.resources',
  'services._.deploy.resources.limits', 'services._.privileged', 'services._.cap_add',
  'services._.cap_drop', 'services._.security_opt', 'services._.network_mode',
  'services._.networks', 'networks', 'networks._.driver', 'volumes', 'volumes._',
  'services._.tmpfs', 'services._.expose', 'services._.extends', 'services._.links',
  'services._.user', 'include', 'name', 'version',
  ...prefixed('services._.depends_on._.condition=', [
    'service_started', 'service_healthy', 'service_completed_successfully',
  ]),
  ...prefixed('services._.restart=', ['no', 'always', 'on-failure', 'unless-stopped']),
  ...prefixed('networks._.driver=', ['bridge', 'host', 'none', 'overlay']),
  ...prefixed('services._.logging.driver=', [
    'json-file', 'local', 'syslog', 'journald', 'fluentd', 'gelf', 'none',
  ]),
];

/**
 * Every property path of the Compose Specification (from the dclint schema, plus fields it
 * lacks). Each needs a Markdown doc or a line in keys.json.
 */
const COMPOSE_SPEC_PATHS: string[] = [
  'configs', 'configs._', 'configs._.content', 'configs._.environment', 'configs._.external',
  'configs._.external.name', 'configs._.file', 'configs._.labels', 'configs._.labels._',
  'configs._.name', 'configs._.template_driver', 'include', 'include.env_file', 'include.path',
  'include.project_directory', 'models', 'models._', 'models._.context_size', 'models._.model',
  'models._.name', 'models._.runtime_flags', 'name', 'networks', 'networks._',
  'networks._.attachable', 'networks._.driver', 'networks._.driver_opts',
  'networks._.driver_opts._', 'networks._.enable_ipv4', 'networks._.enable_ipv6',
  'networks._.external', 'networks._.external.name', 'networks._.internal', 'networks._.ipam',
  'networks._.ipam.config', 'networks._.ipam.config.aux_addresses',
  'networks._.ipam.config.aux_addresses._', 'networks._.ipam.config.gateway',
  'networks._.ipam.config.ip_range', 'networks._.ipam.config.subnet', 'networks._.ipam.driver',
  'networks._.ipam.options', 'networks._.ipam.options._', 'networks._.labels',
  'networks._.labels._', 'networks._.name', 'secrets', 'secrets._', 'secrets._.driver',
  'secrets._.driver_opts', 'secrets._.driver_opts._', 'secrets._.environment',
  'secrets._.external', 'secrets._.external.name', 'secrets._.file', 'secrets._.labels',
  'secrets._.labels._', 'secrets._.name', 'secrets._.template_driver', 'services', 'services._',
  'services._.annotations', 'services._.annotations._', 'services._.attach',
  'services._.blkio_config', 'services._.blkio_config.device_read_bps',
  'services._.blkio_config.device_read_bps.path', 'services._.blkio_config.device_read_bps.rate',
  'services._.blkio_config.device_read_iops', 'services._.blkio_config.device_read_iops.path',
  'services._.blkio_config.device_read_iops.rate', 'services._.blkio_config.device_write_bps',
  'services._.blkio_config.device_write_bps.path', 'services._.blkio_config.device_write_bps.rate',
  'services._.blkio_config.device_write_iops', 'services._.blkio_config.device_write_iops.path',
  'services._.blkio_config.device_write_iops.rate', 'services._.blkio_config.weight',
  'services._.blkio_config.weight_device', 'services._.blkio_config.weight_device.path',
  'services._.blkio_config.weight_device.weight', 'services._.build',
  'services._.build.additional_contexts', 'services._.build.additional_contexts._',
  'services._.build.args', 'services._.build.args._', 'services._.build.cache_from',
  'services._.build.cache_to', 'services._.build.context', 'services._.build.dockerfile',
  'services._.build.dockerfile_inline', 'services._.build.entitlements',
  'services._.build.extra_hosts', 'services._.build.extra_hosts._', 'services._.build.isolation',
  'services._.build.labels', 'services._.build.labels._', 'services._.build.network',
  'services._.build.no_cache', 'services._.build.no_cache_filter', 'services._.build.platforms',
  'services._.build.privileged', 'services._.build.provenance', 'services._.build.pull',
  'services._.build.sbom', 'services._.build.secrets', 'services._.build.secrets.gid',
  'services._.build.secrets.mode', 'services._.build.secrets.source',
  'services._.build.secrets.target', 'services._.build.secrets.uid', 'services._.build.shm_size',
  'services._.build.ssh', 'services._.build.ssh._', 'services._.build.tags',
  'services._.build.target', 'services._.build.ulimits', 'services._.build.ulimits._',
  'services._.build.ulimits._.hard', 'services._.build.ulimits._.soft', 'services._.cap_add',
  'services._.cap_drop', 'services._.cgroup', 'services._.cgroup_parent', 'services._.command',
  'services._.configs', 'services._.configs.gid', 'services._.configs.mode',
  'services._.configs.source', 'services._.configs.target', 'services._.configs.uid',
  'services._.container_name', 'services._.cpu_count', 'services._.cpu_percent',
  'services._.cpu_period', 'services._.cpu_quota', 'services._.cpu_rt_period',
  'services._.cpu_rt_runtime', 'services._.cpu_shares', 'services._.cpus', 'services._.cpuset',
  'services._.credential_spec', 'services._.credential_spec.config',
  'services._.credential_spec.file', 'services._.credential_spec.registry',
  'services._.depends_on', 'services._.depends_on._', 'services._.depends_on._.condition',
  'services._.depends_on._.required', 'services._.depends_on._.restart', 'services._.deploy',
  'services._.deploy.endpoint_mode', 'services._.deploy.labels', 'services._.deploy.labels._',
  'services._.deploy.mode', 'services._.deploy.placement',
  'services._.deploy.placement.constraints', 'services._.deploy.placement.max_replicas_per_node',
  'services._.deploy.placement.preferences', 'services._.deploy.placement.preferences.spread',
  'services._.deploy.replicas', 'services._.deploy.resources',
  'services._.deploy.resources.limits', 'services._.deploy.resources.limits.cpus',
  'services._.deploy.resources.limits.memory', 'services._.deploy.resources.limits.pids',
  'services._.deploy.resources.reservations', 'services._.deploy.resources.reservations.cpus',
  'services._.deploy.resources.reservations.devices',
  'services._.deploy.resources.reservations.devices.capabilities',
  'services._.deploy.resources.reservations.devices.count',
  'services._.deploy.resources.reservations.devices.device_ids',
  'services._.deploy.resources.reservations.devices.driver',
  'services._.deploy.resources.reservations.devices.options',
  'services._.deploy.resources.reservations.devices.options._',
  'services._.deploy.resources.reservations.generic_resources',
  'services._.deploy.resources.reservations.generic_resources.discrete_resource_spec',
  'services._.deploy.resources.reservations.generic_resources.discrete_resource_spec.kind',
  'services._.deploy.resources.reservations.generic_resources.discrete_resource_spec.value',
  'services._.deploy.resources.reservations.memory', 'services._.deploy.restart_policy',
  'services._.deploy.restart_policy.condition', 'services._.deploy.restart_policy.delay',
  'services._.deploy.restart_policy.max_attempts', 'services._.deploy.restart_policy.window',
  'services._.deploy.rollback_config', 'services._.deploy.rollback_config.delay',
  'services._.deploy.rollback_config.failure_action',
  'services._.deploy.rollback_config.max_failure_ratio',
  'services._.deploy.rollback_config.monitor', 'services._.deploy.rollback_config.order',
  'services._.deploy.rollback_config.parallelism', 'services._.deploy.update_config',
  'services._.deploy.update_config.delay', 'services._.deploy.update_config.failure_action',
  'services._.deploy.update_config.max_failure_ratio', 'services._.deploy.update_config.monitor',
  'services._.deploy.update_config.order', 'services._.deploy.update_config.parallelism',
  'services._.develop', 'services._.develop.watch', 'services._.develop.watch.action',
  'services._.develop.watch.exec', 'services._.develop.watch.exec.command',
  'services._.develop.watch.exec.environment', 'services._.develop.watch.exec.environment._',
  'services._.develop.watch.exec.privileged', 'services._.develop.watch.exec.user',
  'services._.develop.watch.exec.working_dir', 'services._.develop.watch.ignore',
  'services._.develop.watch.include', 'services._.develop.watch.initial_sync',
  'services._.develop.watch.path', 'services._.develop.watch.target',
  'services._.device_cgroup_rules', 'services._.devices', 'services._.devices.permissions',
  'services._.devices.source', 'services._.devices.target', 'services._.dns', 'services._.dns_opt',
  'services._.dns_search', 'services._.domainname', 'services._.entrypoint', 'services._.env_file',
  'services._.env_file.format', 'services._.env_file.path', 'services._.env_file.required',
  'services._.environment', 'services._.environment._', 'services._.expose', 'services._.extends',
  'services._.extends.file', 'services._.extends.service', 'services._.external_links',
  'services._.extra_hosts', 'services._.extra_hosts._', 'services._.gpus',
  'services._.gpus.capabilities', 'services._.gpus.count', 'services._.gpus.device_ids',
  'services._.gpus.driver', 'services._.gpus.options', 'services._.gpus.options._',
  'services._.group_add', 'services._.healthcheck', 'services._.healthcheck.disable',
  'services._.healthcheck.interval', 'services._.healthcheck.retries',
  'services._.healthcheck.start_interval', 'services._.healthcheck.start_period',
  'services._.healthcheck.test', 'services._.healthcheck.timeout', 'services._.hostname',
  'services._.image', 'services._.init', 'services._.ipc', 'services._.isolation',
  'services._.label_file', 'services._.labels', 'services._.labels._', 'services._.links',
  'services._.logging', 'services._.logging.driver', 'services._.logging.options',
  'services._.logging.options._', 'services._.mac_address', 'services._.mem_limit',
  'services._.mem_reservation', 'services._.mem_swappiness', 'services._.memswap_limit',
  'services._.models', 'services._.models._', 'services._.models._.endpoint_var',
  'services._.models._.model_var', 'services._.network_mode', 'services._.networks',
  'services._.networks._', 'services._.networks._.aliases', 'services._.networks._.driver_opts',
  'services._.networks._.driver_opts._', 'services._.networks._.gw_priority',
  'services._.networks._.interface_name', 'services._.networks._.ipv4_address',
  'services._.networks._.ipv6_address', 'services._.networks._.link_local_ips',
  'services._.networks._.mac_address', 'services._.networks._.priority',
  'services._.oom_kill_disable', 'services._.oom_score_adj', 'services._.pid',
  'services._.pids_limit', 'services._.platform', 'services._.ports',
  'services._.ports.app_protocol', 'services._.ports.host_ip', 'services._.ports.mode',
  'services._.ports.name', 'services._.ports.protocol', 'services._.ports.published',
  'services._.ports.target', 'services._.post_start', 'services._.post_start.command',
  'services._.post_start.environment', 'services._.post_start.environment._',
  'services._.post_start.privileged', 'services._.post_start.user',
  'services._.post_start.working_dir', 'services._.pre_start', 'services._.pre_stop',
  'services._.pre_stop.command', 'services._.pre_stop.environment',
  'services._.pre_stop.environment._', 'services._.pre_stop.privileged',
  'services._.pre_stop.user', 'services._.pre_stop.working_dir', 'services._.privileged',
  'services._.profiles', 'services._.provider', 'services._.provider.options',
  'services._.provider.options._', 'services._.provider.type', 'services._.pull_policy',
  'services._.pull_refresh_after', 'services._.read_only', 'services._.restart',
  'services._.runtime', 'services._.scale', 'services._.secrets', 'services._.secrets.gid',
  'services._.secrets.mode', 'services._.secrets.source', 'services._.secrets.target',
  'services._.secrets.uid', 'services._.security_opt', 'services._.shm_size',
  'services._.stdin_open', 'services._.stop_grace_period', 'services._.stop_signal',
  'services._.storage_opt', 'services._.sysctls', 'services._.sysctls._', 'services._.tmpfs',
  'services._.tty', 'services._.ulimits', 'services._.ulimits._', 'services._.ulimits._.hard',
  'services._.ulimits._.soft', 'services._.use_api_socket', 'services._.user',
  'services._.userns_mode', 'services._.uts', 'services._.volumes', 'services._.volumes.bind',
  'services._.volumes.bind.create_host_path', 'services._.volumes.bind.propagation',
  'services._.volumes.bind.recursive', 'services._.volumes.bind.selinux',
  'services._.volumes.consistency', 'services._.volumes.image', 'services._.volumes.image.subpath',
  'services._.volumes.read_only', 'services._.volumes.source', 'services._.volumes.target',
  'services._.volumes.tmpfs', 'services._.volumes.tmpfs.mode', 'services._.volumes.tmpfs.size',
  'services._.volumes.type', 'services._.volumes.volume', 'services._.volumes.volume.labels',
  'services._.volumes.volume.labels._', 'services._.volumes.volume.nocopy',
  'services._.volumes.volume.subpath', 'services._.volumes_from', 'services._.working_dir',
  'version', 'volumes', 'volumes._', 'volumes._.driver', 'volumes._.driver_opts',
  'volumes._.driver_opts._', 'volumes._.external', 'volumes._.external.name', 'volumes._.labels',
  'volumes._.labels._', 'volumes._.name',
];

function mdKeys(lang: string, kind: Kind): string[] {
  const dir = path.join(DOCS, lang, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -'.md'.length))
    .sort();
}

function readDoc(lang: string, kind: Kind, key: string): string {
  return readFileSync(path.join(DOCS, lang, kind, `${key}.md`), 'utf8');
}

function readKeysJson(lang: string): Record<string, unknown> {
  const file = path.join(DOCS, lang, 'compose', 'keys.json');
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed), `${file} is an object`);
  return parsed as Record<string, unknown>;
}

/** Markdown with fenced blocks and inline code removed: what is left is rendered as prose. */
function proseOnly(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '').replace(/`+[^`\n]*`+/g, '');
}

/** Problems that make a piece of hover Markdown unfit to show; empty when it is fine. */
function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') problems.push('empty');
  if (/<\/?[A-Za-z][\w-]*(\s[^<>]*)?\/?>|<!--/.test(proseOnly(text))) problems.push('raw HTML');
  if (/\]\(\s*<?\s*command:|<command:|\bcommand:[\w.]+\?/i.test(text)) problems.push('command: link');
  return problems;
}

/** Problems with the shape of a whole doc file; empty when it follows the README. */
function fileShapeProblems(text: string): string[] {
  const problems = markdownProblems(text);
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  if (first.trim() === '' || first.startsWith('#')) problems.push('first line is not a sentence');
  if ((text.match(/^```/gm) ?? []).length % 2 !== 0) problems.push('unbalanced code fence');
  if (!/^```/m.test(text)) problems.push('no fenced example');
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const last = nonEmpty[nonEmpty.length - 1] ?? '';
  if (!/\]\(https:\/\/docs\.docker\.com\/[^)\s]*\)\s*$/.test(last)) problems.push('last line is not a docs.docker.com link');
  if (nonEmpty.length > 30) problems.push(`too long (${nonEmpty.length} lines)`);
  return problems;
}

for (const kind of KINDS) {
  test(`${kind}: every doc exists in both languages`, () => {
    assert.deepEqual(mdKeys('ru', kind), mdKeys('en', kind));
  });

  test(`${kind}: every doc file is well-formed`, () => {
    const bad: string[] = [];
    for (const lang of LANGS) {
      for (const key of mdKeys(lang, kind)) {
        for (const problem of fileShapeProblems(readDoc(lang, kind, key))) bad.push(`${lang}/${kind}/${key}.md: ${problem}`);
      }
    }
    assert.deepEqual(bad, []);
  });
}

test('dockerfile: every required key has a doc in both languages', () => {
  for (const lang of LANGS) {
    const present = new Set(mdKeys(lang, 'dockerfile'));
    assert.deepEqual(REQUIRED_DOCKERFILE.filter((k) => !present.has(k)), [], lang);
  }
});

test('compose: every required key has a doc in both languages', () => {
  for (const lang of LANGS) {
    const present = new Set(mdKeys(lang, 'compose'));
    assert.deepEqual(REQUIRED_COMPOSE.filter((k) => !present.has(k)), [], lang);
  }
});

test('compose: keys.json has the same keys in both languages', () => {
  assert.deepEqual(Object.keys(readKeysJson('ru')).sort(), Object.keys(readKeysJson('en')).sort());
});

test('compose: keys.json entries are single non-empty Markdown lines', () => {
  const bad: string[] = [];
  for (const lang of LANGS) {
    for (const [key, value] of Object.entries(readKeysJson(lang))) {
      if (typeof value !== 'string') bad.push(`${lang}:${key}: not a string`);
      else if (value.includes('\n')) bad.push(`${lang}:${key}: more than one line`);
      else for (const problem of markdownProblems(value)) bad.push(`${lang}:${key}: ${problem}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('compose: every key of the Compose Specification is documented', () => {
  for (const lang of LANGS) {
    const documented = new Set([...Object.keys(readKeysJson(lang)), ...mdKeys(lang, 'compose')]);
    assert.deepEqual(COMPOSE_SPEC_PATHS.filter((k) => !documented.has(k)), [], lang);
  }
});

test('the checks catch what they guard against', () => {
  const good = 'What it is.\n\n```yaml\nports: ["<host>:80"]\n```\n\n- Advice with `<tag>` in code.\n\n[Ref](https://docs.docker.com/x/)\n';
  assert.deepEqual(fileShapeProblems(good), []);
  assert.deepEqual(markdownProblems('Hover <b>bold</b> text'), ['raw HTML']);
  assert.deepEqual(markdownProblems('Run [it](command:dockwise.fix)'), ['command: link']);
  assert.deepEqual(markdownProblems('  \n'), ['empty']);
  assert.deepEqual(fileShapeProblems('# Title\n\n```sh\nx\n```\n[Ref](https://example.com/)\n'), [
    'first line is not a sentence',
    'last line is not a docs.docker.com link',
  ]);
});
