// The package managers the hadolint-parity rules look at, as data (which subcommands prompt, which
// flags answer yes, where the cache lives, how a version is pinned) plus the queries those rules share.
import type { Span, TextEdit } from '../text';
import type { DfInstruction, DockerfileModel } from './model';
import { appendCommand, hasCacheMount, insertAfter } from './runEdits';
import { hasFlag, positionals, programOf, shellOf, type ShCommand, type ShScript, type ShWord } from './shell';

/** A system package manager of the rpm family or zypper. */
export interface SystemManager {
  /** Programs that run it (`dnf` and `microdnf` share everything). */
  programs: string[];
  /** Subcommands that stop at "Is this ok [y/N]" unless told yes. */
  prompting: string[];
  /** Subcommand pairs that prompt (`yum group install`, `dnf module enable`). */
  promptingPairs: Record<string, string[]>;
  /** Flags that answer yes wherever they are written. */
  yesFlags: string[];
  /** Flags that answer yes only before the subcommand (zypper's global `-n`). */
  globalYesFlags: string[];
  /** The flag the quick fix adds and where: after the subcommand, or right after the program. */
  fixFlag: { text: string; at: 'subcommand' | 'program' };
  /** Subcommands that download packages or metadata into the cache. */
  filling: string[];
  fillingPairs: Record<string, string[]>;
  /** `<program> <words…>` that empties the cache (any program of the family). */
  cleanCommands: string[][];
  /** Folders whose `rm -rf` empties the cache (a cache mount on them keeps it out of the layer). */
  cachePaths: string[];
  /** The command the quick fix appends. */
  cleanup(program: string): string;
}

const RPM_PROMPTING = ['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'update', 'up', 'upgrade', 'update-minimal', 'upgrade-minimal', 'remove', 'rm', 'erase', 'autoremove', 'downgrade', 'distro-sync', 'distribution-synchronization', 'swap', 'groupupdate', 'groupupgrade', 'groupremove'];
const RPM_PAIRS = {
  group: ['install', 'remove', 'update', 'upgrade'],
  groups: ['install', 'remove', 'update', 'upgrade'],
  module: ['install', 'enable', 'disable', 'remove', 'reset', 'switch-to', 'update', 'upgrade'],
};
const RPM_FILLING = ['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'update', 'up', 'upgrade', 'update-minimal', 'upgrade-minimal', 'downgrade', 'distro-sync', 'swap', 'groupupdate', 'groupupgrade', 'makecache'];
const RPM_FILLING_PAIRS = { group: ['install', 'update', 'upgrade'], groups: ['install', 'update', 'upgrade'], module: ['install', 'enable', 'update', 'upgrade'] };
/** yum is dnf on current RHEL, and both keep their cache under /var/cache: either clean counts. */
const RPM_CLEAN = [['clean', 'all']];
const RPM_CACHE = ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'];

export const YUM: SystemManager = {
  programs: ['yum'],
  prompting: RPM_PROMPTING,
  promptingPairs: RPM_PAIRS,
  yesFlags: ['-y', '--assumeyes', '--assumeno'],
  globalYesFlags: [],
  fixFlag: { text: '-y', at: 'subcommand' },
  filling: RPM_FILLING,
  fillingPairs: RPM_FILLING_PAIRS,
  cleanCommands: RPM_CLEAN,
  cachePaths: RPM_CACHE,
  cleanup: () => 'yum clean all',
};

export const DNF: SystemManager = { ...YUM, programs: ['dnf', 'microdnf'], cleanup: (program) => `${program} clean all` };

/** microdnf does not stop for an answer in a build (docker-library images install with it without `-y`): only dnf needs `-y`. */
export const DNF_PROMPTING: SystemManager = { ...DNF, programs: ['dnf'] };

export const ZYPPER: SystemManager = {
  programs: ['zypper'],
  prompting: ['install', 'in', 'remove', 'rm', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si', 'install-new-recommends', 'inr', 'verify', 've'],
  promptingPairs: {},
  yesFlags: ['-y', '--no-confirm'],
  globalYesFlags: ['-n', '--non-interactive'],
  // `-n` is a global option every subcommand accepts; `-y` exists only for some of them.
  fixFlag: { text: '-n', at: 'program' },
  filling: ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si', 'install-new-recommends', 'inr', 'refresh', 'ref'],
  fillingPairs: {},
  cleanCommands: [['clean'], ['cc']],
  cachePaths: ['/var/cache/zypp'],
  cleanup: () => 'zypper clean --all',
};

/** Commands of the manager whose subcommand (or subcommand pair) is in the lists. */
export function commandsWith(run: ShScript, m: SystemManager, subs: string[], pairs: Record<string, string[]>): Array<{ cmd: ShCommand; sub: ShWord; last: ShWord }> {
  const out: Array<{ cmd: ShCommand; sub: ShWord; last: ShWord }> = [];
  for (const cmd of run.commands) {
    if (!m.programs.includes(cmd.name)) continue;
    const pos = positionals(cmd);
    const first = pos[0];
    if (!first) continue;
    if (subs.includes(first.value)) out.push({ cmd, sub: first, last: first });
    else if (pairs[first.value] && pos[1] && pairs[first.value].includes(pos[1].value)) out.push({ cmd, sub: first, last: pos[1] });
  }
  return out;
}

/** `yes | cmd` answers every prompt. */
export function fedByYes(run: ShScript, cmd: ShCommand): boolean {
  const i = run.commands.indexOf(cmd);
  const before = run.commands[i - 1];
  return !!before && before.next === '|' && before.name === 'yes' && before.depth === cmd.depth;
}

/** Flag words written between the program and its subcommand. */
function flagsBefore(cmd: ShCommand, sub: ShWord): string[] {
  return programOf(cmd).args.filter((w) => w.span.start < sub.span.start && w.value.startsWith('-')).map((w) => w.value);
}

/** Commands of the manager that would wait for a confirmation nobody gives. */
export function missingYes(run: ShScript, m: SystemManager): Array<{ cmd: ShCommand; sub: ShWord; last: ShWord }> {
  return commandsWith(run, m, m.prompting, m.promptingPairs).filter(({ cmd, sub }) => {
    if (hasFlag(cmd, ...m.yesFlags) || fedByYes(run, cmd)) return false;
    if (flagsBefore(cmd, sub).some((f) => m.globalYesFlags.includes(f))) return false;
    // `--setopt=assumeyes=1` is the config-file way of `-y`.
    return !cmd.argv.some((w) => /^(--setopt=)?assumeyes=(1|true|yes)$/i.test(w.value));
  });
}

/** True when one of the commands after index `from` empties the cache (a clean subcommand or `rm -rf` of it). */
export function cleanedAfter(run: ShScript, from: number, programs: string[], cleanCommands: string[][], cachePaths: string[]): boolean {
  for (let k = from + 1; k < run.commands.length; k++) {
    const c = run.commands[k];
    if (programs.includes(c.name)) {
      const pos = positionals(c).map((w) => w.value);
      if (cleanCommands.some((words) => words.every((w, i) => pos[i] === w))) return true;
    }
    if (c.name === 'rm' && c.argv.slice(1).some((w) => removesCache(w.value, cachePaths))) return true;
  }
  return false;
}

/** `rm` of the cache folder, its contents, or a parent of it (`/var/cache/*`). */
function removesCache(arg: string, cachePaths: string[]): boolean {
  const p = arg.replace(/\/\*?$/, '').replace(/\/+$/, '');
  if (!p.startsWith('/') && !p.startsWith('~') && !p.startsWith('$HOME')) return false;
  const norm = p.replace(/^(~|\$HOME|\$\{HOME\})(?=\/|$)/, '/root');
  return cachePaths.some((c) => c === norm || c.startsWith(norm + '/'));
}

export interface UncleanedCache {
  /** The first command that fills the cache with no clean after the last such command. */
  cmd: ShCommand;
  /** From the program word to the (last) subcommand word. */
  range: Span;
}

/** The RUN's cache-filling command when nothing after the last one empties the cache; null otherwise. */
export function uncleanedCache(ins: DfInstruction, run: ShScript, m: SystemManager): UncleanedCache | null {
  if (hasCacheMount(ins, m.cachePaths)) return null;
  const fills = commandsWith(run, m, m.filling, m.fillingPairs);
  if (!fills.length) return null;
  const last = fills[fills.length - 1];
  if (cleanedAfter(run, run.commands.indexOf(last.cmd), m.programs, m.cleanCommands, m.cachePaths)) return null;
  // Cleaning with another program of the rpm family (`yum clean all` after `dnf install`) counts as well.
  if (m.cachePaths === RPM_CACHE && cleanedAfter(run, run.commands.indexOf(last.cmd), ['yum', 'dnf', 'microdnf'], RPM_CLEAN, RPM_CACHE)) return null;
  const first = fills[0];
  return { cmd: first.cmd, range: { start: first.cmd.argv[0].span.start, end: first.last.span.end } };
}

// ---------------------------------------------------------------------------------------------
// Version pinning: the words an install names, and whether each one pins a version.

/** A word we cannot judge: it holds a variable, a command substitution or a glob of the shell. */
export function opaque(w: ShWord): boolean {
  return w.dynamic || (/[*?[\]]/.test(w.value) && !w.quoted);
}

/** apt: `pkg=1.2-3`, a release (`pkg/bookworm-backports`) or a local `.deb`. */
export function aptPinned(v: string): boolean {
  return v.includes('=') || v.includes('/') || v.endsWith('.deb');
}

/** apk: `pkg=1.2-r0`, `pkg~1.2`, `pkg>1.2`, `pkg<2` or a local `.apk`. */
export function apkPinned(v: string): boolean {
  return /[=~<>]/.test(v) || v.endsWith('.apk');
}

/** rpm: `name-version[-release]` (some dash-separated part after the name starts with a digit), a file or URL. */
export function rpmPinned(v: string): boolean {
  if (v.endsWith('.rpm') || v.includes('/')) return true;
  const parts = v.split('-');
  if (parts.length < 2) return false;
  const rest = parts.slice(1);
  return rest.every((p) => /^[A-Za-z0-9.~^_:+]+$/.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

/** zypper: `pkg=1.2`, `pkg>=1.2`, `pkg<2` or a local `.rpm`. */
export function zypperPinned(v: string): boolean {
  return /[=<>]/.test(v) || v.endsWith('.rpm');
}

/** pip: a version specifier, a versioned VCS URL, a local path or archive. */
export function pipPinned(v: string): boolean {
  if (/(===|==|>=|<=|!=|~=|>|<)/.test(v)) return true;
  if (/^(git|hg|svn|bzr)(\+[a-z-]+)?:/.test(v)) return /@[^/]+$/.test(v.replace(/#.*$/, ''));
  if (/\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/.test(v)) return true;
  return v.includes('/') || v === '.' || v.startsWith('file:');
}

/** npm: `pkg@1.2.3` (not `@latest`), a git URL with `#ref`, a tarball or a folder. */
export function npmPinned(v: string): boolean {
  if (/^(git(\+[a-z]+)?:\/\/|github:|gitlab:|bitbucket:)/.test(v)) return v.includes('#');
  if (/\.(tar|tar\.gz|tgz)$/.test(v)) return true;
  if (/^(\/|\.\/|\.\.\/|~\/|\.$|\.\.$|file:)/.test(v)) return true;
  const name = v.startsWith('@') ? v.slice(v.indexOf('/') + 1) : v;
  const at = name.indexOf('@');
  return at > 0 && name.slice(at + 1) !== 'latest' && name.slice(at + 1) !== '';
}

/** gem: `name:1.2` or a local `.gem`; `-v` is checked on the command. */
export function gemPinned(v: string): boolean {
  return v.includes(':') || v.endsWith('.gem');
}

/** Go version queries that still float. */
const GO_FLOATING = new Set(['latest', 'master', 'main', 'HEAD', 'upgrade', 'patch']);

/** go: `module/path@v1.2.3` (not `@latest`); local packages (`.`, `./…`, `/…`) and paths without a domain need none. */
export function goPinned(v: string): boolean {
  if (/^(\.|\.\.|\/|\.\/|\.\.\/)/.test(v) || v.endsWith('.go') || v === 'all' || v === 'std' || v === 'cmd') return true;
  const at = v.lastIndexOf('@');
  if (at > 0) return !GO_FLOATING.has(v.slice(at + 1));
  // A remote module path starts with a domain; anything else is a package of the main module.
  return !v.split('/')[0].includes('.');
}

/** Words of `words` that are not pinned and not opaque. */
export function unpinned(words: ShWord[], pinned: (v: string) => boolean): ShWord[] {
  return words.filter((w) => !opaque(w) && w.value !== '' && !w.value.startsWith('-') && !pinned(w.value));
}

/** Unpinned packages and module streams of yum/dnf/microdnf installs (groups, `@…` and local files excluded). */
export function rpmUnpinned(run: ShScript, programs: string[]): ShWord[] {
  const out: ShWord[] = [];
  for (const cmd of run.commands) {
    if (!programs.includes(cmd.name)) continue;
    const pos = positionals(cmd);
    const sub = pos[0]?.value;
    if (sub === 'install' || sub === 'in' || sub === 'localinstall' || sub === 'reinstall') {
      out.push(...unpinned(pos.slice(1).filter((w) => !w.value.startsWith('@')), rpmPinned));
    } else if (sub === 'module' && pos[1]?.value === 'install') {
      // A module is pinned by its stream: `nodejs:20`.
      out.push(...unpinned(pos.slice(2), (v) => v.includes(':')));
    }
  }
  return out;
}

/** Unpinned packages of `zypper install` (patterns, patches and products picked with `-t` excluded). */
export function zypperUnpinned(run: ShScript): ShWord[] {
  const out: ShWord[] = [];
  for (const cmd of run.commands) {
    if (cmd.name !== 'zypper') continue;
    const pos = positionals(cmd);
    if (pos[0]?.value !== 'install' && pos[0]?.value !== 'in') continue;
    const type = cmd.argv.findIndex((w) => w.value === '-t' || w.value === '--type' || w.value.startsWith('--type='));
    if (type >= 0) {
      const t = cmd.argv[type].value.startsWith('--type=') ? cmd.argv[type].value.slice(7) : cmd.argv[type + 1]?.value;
      if (t && t !== 'package') continue;
    }
    out.push(...unpinned(pos.slice(1), zypperPinned));
  }
  return out;
}

/** Findings of the *MissingYes rules: the command from its program to its subcommand, and where the flag goes. */
export function missingYesFinding(run: ShScript, m: SystemManager): Array<{ range: Span; data: { at: number; flag: string } }> {
  return missingYes(run, m).map(({ cmd, last }) => ({
    range: { start: cmd.argv[0].span.start, end: last.span.end },
    data: { at: m.fixFlag.at === 'program' ? cmd.argv[0].span.end : last.span.end, flag: m.fixFlag.text },
  }));
}

/** The quick fix of the *MissingYes rules: the answering flag, inserted where `data.at` says. */
export const missingYesFix = {
  title: (d: { flag: string }) => ({ en: `Add ${d.flag}`, ru: `Добавить ${d.flag}` }),
  edits: ({ data }: { data: { at: number; flag: string } }) => [insertAfter({ start: data.at, end: data.at }, data.flag)],
};

/** The quick fix of the *CacheNotCleaned rules: the cleanup command appended to the RUN. */
export const cleanCacheFix = {
  title: (d: { command: string }) => ({ en: `Append ${d.command} to this RUN`, ru: `Дописать ${d.command} в этот RUN` }),
  edits: ({ file, data }: { file: DockerfileModel; data: { instruction: number; command: string } }): TextEdit[] | null => {
    const ins = file.instructions[data.instruction];
    const run = ins && shellOf(file, ins);
    const e = run && appendCommand(file, run, data.command);
    return e ? [e] : null;
  },
};
