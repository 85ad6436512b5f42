// A package manager that downloads into a cache folder of the layer either bloats the image or,
// cleaned, downloads everything again on each rebuild. A BuildKit cache mount keeps the downloads
// between builds and out of the image.
import { defineDockerfileRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import type { TextEdit } from '../../text';
import type { DfInstruction, DockerfileModel } from '../model';
import { findCommand, flagValue, hasFlag, positionals, programOf, shellOf, subcommand, type ShCommand, type ShScript } from '../shell';
import { addRunFlags, baseImage, hasCacheMount, isRootUser, runsOf, userBefore } from '../runEdits';

interface Manager {
  id: string;
  /** The command that fills the cache. */
  uses(cmd: ShCommand): boolean;
  /** The user asked for no cache (a flag, a clean-up in the same RUN). */
  optedOut(cmd: ShCommand, run: ShScript): boolean;
  /** Cache folders for a root user, given the stage's base image. */
  targets(image: string): string[];
  /** Flags and variables that move the cache elsewhere (`--store-dir`, `-g`, `PIP_CACHE_DIR`). */
  moved?: { flags?: string[]; env?: string[] };
  /** Extra mount options (apt's lock files need `sharing=locked`). */
  options?: string;
}

const sub = (c: ShCommand) => subcommand(c)?.value ?? '';
const runs = (run: ShScript, name: string | string[], ...subs: string[]) => findCommand(run, name, ...subs).length > 0;

/** One row per package manager; data, not code paths. */
const MANAGERS: Manager[] = [
  {
    id: 'apt',
    uses: (c) => ['apt-get', 'apt'].includes(c.name) && sub(c) === 'install',
    optedOut: (_c, run) => runs(run, ['apt-get', 'apt'], 'dist-clean') || run.commands.some((x) => x.name === 'rm' && x.argv.some((w) => /^\/var\/(lib|cache)\/apt/.test(w.value))),
    targets: () => ['/var/cache/apt', '/var/lib/apt'],
    options: ',sharing=locked',
  },
  {
    id: 'apk',
    uses: (c) => c.name === 'apk' && sub(c) === 'add',
    optedOut: (c) => hasFlag(c, '--no-cache'),
    targets: () => ['/var/cache/apk'],
    options: ',sharing=locked',
  },
  {
    id: 'pip',
    moved: { flags: ['--cache-dir'], env: ['PIP_CACHE_DIR'] },
    uses: (c) => programOf(c).name === 'pip' && sub(c) === 'install',
    optedOut: (c) => hasFlag(c, '--no-cache-dir') || c.assignments.some((a) => a.name === 'PIP_NO_CACHE_DIR'),
    targets: () => ['/root/.cache/pip'],
  },
  {
    id: 'npm',
    moved: { flags: ['--cache'], env: ['npm_config_cache', 'NPM_CONFIG_CACHE'] },
    uses: (c) => c.name === 'npm' && ['ci', 'install', 'i'].includes(sub(c)),
    optedOut: (_c, run) => runs(run, 'npm', 'cache', 'clean'),
    targets: () => ['/root/.npm'],
  },
  {
    id: 'yarn',
    moved: { flags: ['--cache-folder'], env: ['YARN_CACHE_FOLDER'] },
    uses: (c) => c.name === 'yarn' && (positionals(c).length === 0 || sub(c) === 'install'),
    optedOut: (_c, run) => runs(run, 'yarn', 'cache', 'clean'),
    targets: () => ['/usr/local/share/.cache/yarn'],
  },
  {
    id: 'pnpm',
    moved: { flags: ['--store-dir'], env: ['PNPM_STORE_DIR', 'npm_config_store_dir'] },
    uses: (c) => c.name === 'pnpm' && ['install', 'i', 'fetch'].includes(sub(c)),
    optedOut: (_c, run) => runs(run, 'pnpm', 'store', 'prune'),
    targets: () => ['/root/.local/share/pnpm/store'],
  },
  {
    id: 'go',
    moved: { env: ['GOMODCACHE', 'GOCACHE', 'GOPATH'] },
    uses: (c) => c.name === 'go' && (sub(c) === 'build' || (sub(c) === 'mod' && subcommand(c, 1)?.value === 'download')),
    optedOut: (_c, run) => runs(run, 'go', 'clean'),
    targets: (image) => [/(^|\/)golang(:|@|$)/.test(image) ? '/go/pkg/mod' : '/root/go/pkg/mod', '/root/.cache/go-build'],
  },
  {
    id: 'cargo',
    moved: { env: ['CARGO_HOME'] },
    uses: (c) => c.name === 'cargo' && ['build', 'fetch', 'install'].includes(sub(c)),
    optedOut: () => false,
    targets: (image) => [/(^|\/)rust(:|@|$)/.test(image) ? '/usr/local/cargo/registry' : '/root/.cargo/registry'],
  },
  {
    id: 'maven',
    moved: { flags: ['-Dmaven.repo.local'] },
    uses: (c) => programOf(c).name === 'mvn' && positionals(c).length > 0,
    optedOut: () => false,
    targets: () => ['/root/.m2'],
  },
  {
    id: 'gradle',
    moved: { flags: ['-g', '--gradle-user-home'], env: ['GRADLE_USER_HOME'] },
    uses: (c) => programOf(c).name === 'gradle' && positionals(c).length > 0,
    optedOut: () => false,
    targets: () => ['/root/.gradle'],
  },
  {
    id: 'composer',
    moved: { env: ['COMPOSER_CACHE_DIR', 'COMPOSER_HOME'] },
    uses: (c) => c.name === 'composer' && ['install', 'update', 'require'].includes(sub(c)),
    optedOut: (_c, run) => runs(run, 'composer', 'clear-cache') || runs(run, 'composer', 'clearcache'),
    targets: (image) => [/(^|\/)composer(:|@|$)/.test(image) ? '/tmp/cache' : '/root/.composer/cache'],
  },
];

/** Where the command itself says the cache lives, through a flag or a variable on the command line. */
function movedTo(m: Manager, cmd: ShCommand): string[] {
  const out: string[] = [];
  for (const f of m.moved?.flags ?? []) {
    const v = f.startsWith('-D') ? cmd.argv.find((w) => w.value.startsWith(`${f}=`))?.value.slice(f.length + 1) : flagValue(cmd, f)?.value;
    if (v) out.push(v);
  }
  for (const a of cmd.assignments) if (m.moved?.env?.includes(a.name) && a.value) out.push(a.value);
  return out;
}

function usesOf(m: Manager, run: ShScript): ShCommand[] {
  return run.commands.filter((c) => m.uses(c));
}

const MESSAGE: Msg = {
  en: 'Mount a build cache for {manager} (`--mount=type=cache,target={target}`): downloads are kept between builds and stay out of the image.',
  ru: 'Подключите кэш сборки для {manager} (`--mount=type=cache,target={target}`): загрузки сохранятся между сборками и не попадут в образ.',
};

interface Data {
  manager: string;
  target: string;
  stage: number;
  instruction: number;
}

export default defineDockerfileRule<Data>({
  id: 'PreferCacheMount',
  severity: 'info',
  message: (d) => fill(MESSAGE, { manager: d.manager, target: d.target }),
  check({ file, report }) {
    for (const { ins, run } of runsOf(file)) {
      if (run.execForm && run.commands.length < 2) continue;
      const image = baseImage(file, ins.stageIndex);
      for (const m of MANAGERS) {
        const cmd = usesOf(m, run).find((c) => !m.optedOut(c, run));
        if (!cmd) continue;
        const targets = m.targets(image);
        if (hasCacheMount(ins, [...targets, ...movedTo(m, cmd)])) continue;
        const s = subcommand(cmd);
        const end = s && s.span.start > cmd.argv[0].span.start ? s.span.end : cmd.argv[0].span.end;
        report({ start: cmd.argv[0].span.start, end }, { data: { manager: m.id, target: targets[0], stage: ins.stageIndex, instruction: ins.index } });
      }
    }
  },
  fix: {
    title: (d) => ({ en: `Add a cache mount for ${d.manager}`, ru: `Подключить кэш для ${d.manager}` }),
    edits: ({ file, data }) => cacheEdits(file, data),
  },
});

/**
 * The mount goes on every RUN of the stage that uses the manager: a later step must see what the
 * earlier one left in the cache (apt lists, Go modules, Maven's repository).
 */
function cacheEdits(file: DockerfileModel, data: Data): TextEdit[] | null {
  const m = MANAGERS.find((x) => x.id === data.manager);
  const stage = file.stages[data.stage];
  if (!m || !stage) return null;
  const targets = m.targets(baseImage(file, data.stage));
  const edits: TextEdit[] = [];
  for (const ins of stage.instructions) {
    if (ins.keyword !== 'RUN') continue;
    const run = shellOf(file, ins);
    if (!run || !usesOf(m, run).length || hasCacheMount(ins, targets)) continue;
    // The cache folders are root's; another user's home is not known here, so such RUNs keep theirs.
    if (!isRootUser(userBefore(file, ins))) {
      if (ins.index === data.instruction) return null;
      continue;
    }
    const e = addRunFlags(ins as DfInstruction, targets.map((t) => `--mount=type=cache,target=${t}${m.options ?? ''}`));
    if (!e) return null;
    edits.push(e);
  }
  return edits.length ? edits : null;
}
