// What BuildKit's Dockerfile frontend accepts, as data: instructions, flags and their value kinds,
// the frontend version that brought each newer feature, mount types and options, signals, directives.
// Rules validate against these tables and hovers read them; nothing here knows about diagnostics.
import type { DfDirective, DfFlag, DfInstruction, DfWord, DockerfileModel } from './model';
import type { Span } from '../text';
import { nodeSpan } from './model';

/** Every Dockerfile instruction, in the reference's order. */
export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;
export type InstructionName = (typeof INSTRUCTIONS)[number];

export function isInstruction(keyword: string): keyword is InstructionName {
  return (INSTRUCTIONS as readonly string[]).includes(keyword.toUpperCase());
}

/** Instructions BuildKit refuses as an ONBUILD trigger. */
export const ONBUILD_FORBIDDEN_TRIGGERS = ['ONBUILD', 'FROM', 'MAINTAINER'] as const;

/** Instructions whose arguments may hold heredocs (`<<EOF`). */
export const HEREDOC_INSTRUCTIONS = ['RUN', 'COPY', 'ADD'] as const;

/**
 * Instructions whose leading `--words` BuildKit never parses as flags (they are silently dropped),
 * so an unknown one there is not an error. Every other instruction refuses unknown flags.
 */
export const FLAGS_IGNORED_BY = ['ARG', 'STOPSIGNAL'] as const;

/** How a flag's value is read and checked. */
export type FlagValueKind =
  | 'bool' // bare `--link`, or `--link=true|false`
  | 'platform' // `linux/amd64`, variables allowed
  | 'mount' // `type=cache,target=/x`, repeatable
  | 'network' // default|none|host
  | 'security' // sandbox|insecure
  | 'device' // `name[,required]`, repeatable
  | 'stage' // a stage name or index, or an image
  | 'chown' // `user[:group]`
  | 'chmod' // octal, or symbolic since 1.14
  | 'checksum' // `sha256:…` or a git commit
  | 'pattern' // an exclude pattern, repeatable
  | 'duration' // Go duration: `30s`, `1m30s`
  | 'retries'; // a non-negative integer

export interface FlagSpec {
  name: string;
  kind: FlagValueKind;
  /** May be given several times (`--mount`, `--exclude`, `--device`). */
  repeatable?: boolean;
  /** Whether the variables in the value are expanded by the builder. */
  expands?: boolean;
  /** The `docker/dockerfile` stable version that has it. */
  since: string;
  /** The labs (or experimental) channel version that had it first, when earlier. */
  labsSince?: string;
}

/** Every flag of every instruction that takes flags (BuildKit matches names case-sensitively). */
export const FLAGS: Readonly<Record<string, readonly FlagSpec[]>> = {
  FROM: [{ name: 'platform', kind: 'platform', expands: true, since: '1.0' }],
  RUN: [
    { name: 'mount', kind: 'mount', repeatable: true, since: '1.2', labsSince: '1.0' },
    { name: 'network', kind: 'network', since: '1.3', labsSince: '1.0' },
    { name: 'security', kind: 'security', since: '1.20', labsSince: '1.0' },
    { name: 'device', kind: 'device', repeatable: true, since: '1.27', labsSince: '1.14' },
  ],
  COPY: [
    { name: 'from', kind: 'stage', since: '1.0' },
    { name: 'chown', kind: 'chown', expands: true, since: '1.0' },
    { name: 'chmod', kind: 'chmod', expands: true, since: '1.2' },
    { name: 'link', kind: 'bool', since: '1.4' },
    { name: 'parents', kind: 'bool', since: '1.20', labsSince: '1.7' },
    { name: 'exclude', kind: 'pattern', repeatable: true, since: '1.19', labsSince: '1.7' },
  ],
  ADD: [
    { name: 'chown', kind: 'chown', expands: true, since: '1.0' },
    { name: 'chmod', kind: 'chmod', expands: true, since: '1.2' },
    { name: 'link', kind: 'bool', since: '1.4' },
    { name: 'checksum', kind: 'checksum', expands: true, since: '1.6', labsSince: '1.5' },
    { name: 'keep-git-dir', kind: 'bool', since: '1.6', labsSince: '1.5' },
    { name: 'unpack', kind: 'bool', since: '1.17' },
    { name: 'exclude', kind: 'pattern', repeatable: true, since: '1.19', labsSince: '1.7' },
  ],
  HEALTHCHECK: [
    { name: 'interval', kind: 'duration', since: '1.0' },
    { name: 'timeout', kind: 'duration', since: '1.0' },
    { name: 'start-period', kind: 'duration', since: '1.0' },
    { name: 'start-interval', kind: 'duration', since: '1.6' },
    { name: 'retries', kind: 'retries', since: '1.0' },
  ],
};

export function flagSpec(keyword: string, name: string): FlagSpec | undefined {
  return FLAGS[keyword.toUpperCase()]?.find((f) => f.name === name);
}

/** Allowed values of the enumerated flags (matched exactly, as BuildKit does). */
export const FLAG_ENUMS: Readonly<Partial<Record<FlagValueKind, readonly string[]>>> = {
  network: ['default', 'none', 'host'],
  security: ['sandbox', 'insecure'],
};

/** Language features that arrived after 1.0, by the stable frontend version that has them. */
export const FEATURES = {
  heredoc: { since: '1.4', labsSince: '1.3' },
  checkDirective: { since: '1.8' },
  mountSecretEnv: { since: '1.10' },
  chmodSymbolic: { since: '1.14' },
} as const;

// ---------------------------------------------------------------------------------------------
// RUN --mount

export const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;
export type MountType = (typeof MOUNT_TYPES)[number];

export type MountValueKind = 'type' | 'path' | 'string' | 'bool' | 'octal' | 'uint' | 'sharing' | 'size';

export interface MountOptionSpec {
  name: string;
  aliases: readonly string[];
  value: MountValueKind;
  /** May be written without `=value` (`ro`, `required`). */
  bare?: boolean;
  /** The mount types the option is meant for. */
  types: readonly MountType[];
  /** Types for which BuildKit refuses the option outright (elsewhere it is accepted and ignored). */
  refusedFor?: readonly MountType[];
  since?: string;
}

const ALL_TYPES = MOUNT_TYPES;
export const MOUNT_OPTIONS: readonly MountOptionSpec[] = [
  { name: 'type', aliases: [], value: 'type', types: ALL_TYPES },
  { name: 'target', aliases: ['dst', 'destination'], value: 'path', types: ALL_TYPES },
  { name: 'source', aliases: ['src'], value: 'path', types: ['bind', 'cache', 'secret'] },
  { name: 'from', aliases: [], value: 'string', types: ['bind', 'cache'], refusedFor: ['secret'] },
  { name: 'readonly', aliases: ['ro'], value: 'bool', bare: true, types: ALL_TYPES },
  { name: 'readwrite', aliases: ['rw'], value: 'bool', bare: true, types: ALL_TYPES },
  { name: 'id', aliases: [], value: 'string', types: ['cache', 'secret', 'ssh'] },
  { name: 'sharing', aliases: [], value: 'sharing', types: ['cache'], refusedFor: ['bind', 'tmpfs', 'secret', 'ssh'] },
  { name: 'mode', aliases: [], value: 'octal', types: ['cache', 'secret', 'ssh'], refusedFor: ['bind', 'tmpfs'] },
  { name: 'uid', aliases: [], value: 'uint', types: ['cache', 'secret', 'ssh'], refusedFor: ['bind', 'tmpfs'] },
  { name: 'gid', aliases: [], value: 'uint', types: ['cache', 'secret', 'ssh'], refusedFor: ['bind', 'tmpfs'] },
  { name: 'size', aliases: [], value: 'size', types: ['tmpfs'], refusedFor: ['bind', 'cache', 'secret', 'ssh'] },
  { name: 'required', aliases: [], value: 'bool', bare: true, types: ['secret', 'ssh'], refusedFor: ['bind', 'cache', 'tmpfs'] },
  { name: 'env', aliases: [], value: 'string', types: ['secret'], since: '1.10' },
];

/** Mount types that need a `target` (secrets and ssh sockets get a default one). */
export const MOUNT_TYPES_NEEDING_TARGET: readonly MountType[] = ['bind', 'cache', 'tmpfs'];
export const MOUNT_SHARING = ['shared', 'private', 'locked'] as const;

/** Every name a mount option may be written as. */
export const MOUNT_OPTION_NAMES: readonly string[] = MOUNT_OPTIONS.flatMap((o) => [o.name, ...o.aliases]);

export function mountOption(name: string): MountOptionSpec | undefined {
  const n = name.toLowerCase();
  return MOUNT_OPTIONS.find((o) => o.name === n || o.aliases.includes(n));
}

// ---------------------------------------------------------------------------------------------
// STOPSIGNAL

/** Signal names the builder (a Linux frontend) knows, without `SIG`. */
export const SIGNALS: readonly string[] = [
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL',
  'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP',
  'TTIN', 'TTOU', 'UNUSED', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
  'RTMIN', ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`), 'RTMAX',
];

// ---------------------------------------------------------------------------------------------
// Directives and build checks

/** Parser directives BuildKit knows; any other `# key=value` ends the directive block. */
export const DIRECTIVES = ['syntax', 'escape', 'check'] as const;
export const ESCAPE_CHARS = ['\\', '`'] as const;
/** Keys of `# check=` (matched case-sensitively). */
export const CHECK_OPTIONS = ['skip', 'error', 'experimental'] as const;

/** BuildKit's build-check names, usable in `# check=skip=`. */
export const BUILDKIT_CHECKS: readonly string[] = [
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing',
  'DuplicateStageName', 'ReservedStageName', 'JSONArgsRecommended', 'MaintainerDeprecated',
  'UndefinedArgInFrom', 'WorkdirRelativePath', 'UndefinedVar', 'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat', 'InvalidBaseImagePlatform', 'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile', 'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat',
];

/** Go's `strconv.ParseBool`. */
export const GO_BOOLS = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'] as const;
export function isGoBool(s: string): boolean {
  return (GO_BOOLS as readonly string[]).includes(s);
}

// ---------------------------------------------------------------------------------------------
// The frontend a file asks for

export interface Frontend {
  /** `[major, minor]` of a pinned `docker/dockerfile` version; null for `:1`, no tag, or no directive. */
  version: [number, number] | null;
  /** The labs or experimental channel. */
  labs: boolean;
  /** A `# syntax=` naming something other than Docker's Dockerfile frontend: we know nothing about it. */
  foreign: boolean;
  directive: DfDirective | null;
}

const OFFICIAL_FRONTEND = /^(?:(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?)(?::([^@\s]+))?(?:@\S+)?$/i;

/** Reads the `# syntax=` directive (BuildKit's default frontend when there is none). */
export function frontendOf(model: DockerfileModel): Frontend {
  const d = directivesInEffect(model).find((x) => x.name === 'syntax') ?? null;
  if (!d) return { version: null, labs: false, foreign: false, directive: null };
  const ref = d.value.trim().split(/\s+/)[0] ?? '';
  const m = OFFICIAL_FRONTEND.exec(ref);
  if (!m) return { version: null, labs: false, foreign: true, directive: d };
  const tag = (m[1] ?? '').toLowerCase();
  const labs = /labs|experimental/.test(tag);
  const v = /^(\d+)(?:\.(\d+))?/.exec(tag);
  // `1` alone floats to the newest 1.x; `1.7` or `1.7.1` pins the minor version.
  const version: [number, number] | null = v && v[2] !== undefined ? [Number(v[1]), Number(v[2])] : v && v[1] !== '1' ? [Number(v[1]), 0] : null;
  return { version, labs, foreign: false, directive: d };
}

export function parseVersion(v: string): [number, number] {
  const [a, b] = v.split('.');
  return [Number(a) || 0, Number(b) || 0];
}

function atLeast(have: [number, number], want: [number, number]): boolean {
  return have[0] > want[0] || (have[0] === want[0] && have[1] >= want[1]);
}

/** Whether the file's frontend has a feature; true when we cannot tell (no pin, foreign frontend). */
export function frontendSupports(fe: Frontend, feature: { since: string; labsSince?: string }): boolean {
  if (fe.foreign || !fe.version) return true;
  if (atLeast(fe.version, parseVersion(feature.since))) return true;
  return fe.labs && feature.labsSince !== undefined && atLeast(fe.version, parseVersion(feature.labsSince));
}

/**
 * The directives BuildKit honours: the leading run of `syntax`, `escape` and `check` lines. A
 * comment of any other `key=value` ends the run (dockerfile-ast keeps reading past it).
 */
export function directivesInEffect(model: DockerfileModel): DfDirective[] {
  const out: DfDirective[] = [];
  for (const d of model.directives) {
    if (!(DIRECTIVES as readonly string[]).includes(d.name)) break;
    out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading flag values the way BuildKit does

/** A piece of text with each character's offset in the document (quotes removed). */
export interface MappedText {
  text: string;
  offsets: number[];
}

/**
 * The value of a flag after BuildKit's flag lexer: quotes removed, a backslash escapes the next
 * character. Offsets map each character back to the document.
 */
export function flagValue(source: string, flag: DfFlag): MappedText | null {
  const hit = flagValueCache.get(flag);
  if (hit && hit.source === source) return hit.result;
  const result = readFlagValue(source, flag);
  flagValueCache.set(flag, { source, result });
  return result;
}

/** Flag values by flag, for the text they were read from: many rules read the same flags. */
const flagValueCache = new WeakMap<DfFlag, { source: string; result: MappedText | null }>();

function readFlagValue(source: string, flag: DfFlag): MappedText | null {
  if (!flag.valueSpan) return null;
  const text: string[] = [];
  const offsets: number[] = [];
  let quote = '';
  for (let i = flag.valueSpan.start; i < flag.valueSpan.end; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) {
        quote = '';
        continue;
      }
    } else if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '\\' && i + 1 < flag.valueSpan.end && quote !== "'") {
      i++;
      text.push(source[i]);
      offsets.push(i);
      continue;
    }
    text.push(c);
    offsets.push(i);
  }
  return { text: text.join(''), offsets };
}

export interface MountField {
  /** Lower-cased key, or the bare word. */
  key: string;
  value: string | null;
  span: Span;
  keySpan: Span;
  valueSpan: Span | null;
}

function spanOf(m: MappedText, from: number, to: number, fallback: Span): Span {
  if (from >= to || from >= m.offsets.length) return fallback;
  return { start: m.offsets[from], end: m.offsets[Math.min(to, m.offsets.length) - 1] + 1 };
}

/** Splits a `--mount` value into its comma-separated fields (CSV, as BuildKit reads it). */
export function mountFields(source: string, flag: DfFlag): MountField[] {
  const m = flagValue(source, flag);
  if (!m || !flag.valueSpan) return [];
  const fields: MountField[] = [];
  let i = 0;
  while (i <= m.text.length) {
    let end = i;
    let inQuote = false;
    while (end < m.text.length && (inQuote || m.text[end] !== ',')) {
      if (m.text[end] === '"') inQuote = !inQuote;
      end++;
    }
    const raw = m.text.slice(i, end);
    const whole = spanOf(m, i, end, flag.valueSpan);
    const eq = raw.indexOf('=');
    if (raw.length) {
      const unq = (s: string) => (s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);
      fields.push(
        eq < 0
          ? { key: unq(raw).toLowerCase(), value: null, span: whole, keySpan: whole, valueSpan: null }
          : {
              key: unq(raw.slice(0, eq)).toLowerCase(),
              value: unq(raw.slice(eq + 1)),
              span: whole,
              keySpan: spanOf(m, i, i + eq, whole),
              valueSpan: eq + 1 < raw.length ? spanOf(m, i + eq + 1, end, whole) : { start: whole.end, end: whole.end },
            },
      );
    }
    i = end + 1;
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Value checks shared by rules

const GO_DURATION = /^[-+]?(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Nanoseconds of a Go duration (`time.ParseDuration`), or null when it is not one. */
export function goDurationNs(s: string): number | null {
  if (s === '0' || s === '+0' || s === '-0') return 0;
  if (!GO_DURATION.test(s)) return null;
  let total = 0;
  const sign = s.startsWith('-') ? -1 : 1;
  for (const m of s.replace(/^[-+]/, '').matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(m[1]) * UNIT_NS[m[2]];
  return sign * total;
}

/** `--chmod` values: octal up to 07777, or (frontend 1.14+) symbolic like `u+x,go-w`. */
export const OCTAL_MODE = /^[0-7]+$/;
export const SYMBOLIC_MODE = /^[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+(?:,[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+)*$/;

/** Memory sizes as docker's `units.RAMInBytes` reads them (`64m`, `1.5GiB`, `1024`). */
export const RAM_SIZE = /^\d+(?:\.\d+)*\s?[kKmMgGtTpP]?[iI]?[bB]?$/;

/** Whether a word holds a variable the builder would expand (so its final value is unknown). */
export function hasVariable(s: string): boolean {
  return /\$(?:\{|[A-Za-z_])/.test(s);
}

/** Removes one level of matching surrounding quotes. */
export function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}

// ---------------------------------------------------------------------------------------------
// Reading instructions the way BuildKit splits them


/** The arguments on the instruction's own lines: heredoc bodies and terminators left out. */
export function argsBeforeHeredocs(ins: DfInstruction): DfWord[] {
  const bodyStart = Math.min(...ins.heredocs.map((h) => h.contentSpan?.start ?? h.endSpan?.start ?? Infinity));
  return Number.isFinite(bodyStart) ? ins.args.filter((a) => a.span.start < bodyStart) : ins.args;
}

/**
 * Leading `--words` of an instruction whose flags dockerfile-ast does not lift (ENV, CMD, …):
 * BuildKit still reads them as flags. A bare `--` ends them.
 */
export function leadingFlagWords(ins: DfInstruction): DfWord[] {
  if (ins.execForm) return [];
  const out: DfWord[] = [];
  for (const a of ins.args) {
    if (a.value === '--' || !a.value.startsWith('--')) break;
    out.push(a);
  }
  return out;
}

/** The flags BuildKit reads: those before a bare `--` (dockerfile-ast reports it as a flag named ""). */
export function effectiveFlags(ins: DfInstruction): DfFlag[] {
  const end = ins.flags.findIndex((f) => f.name === '');
  return end < 0 ? ins.flags : ins.flags.slice(0, end);
}

/** The span of a flag from its leading dashes to the end of its name. */
export function flagNameSpan(f: DfFlag): Span {
  return { start: Math.max(f.span.start, f.nameSpan.start - 2), end: f.nameSpan.end };
}

/** For ONBUILD, the trigger's keyword word. */
export function onbuildTrigger(ins: DfInstruction): DfWord | null {
  if (ins.keyword !== 'ONBUILD') return null;
  const first = ins.args[0];
  return first && !first.value.startsWith('--') ? first : null;
}

/** An instruction's text with line continuations and embedded comment lines removed, as BuildKit joins it. */
export function joinedText(model: DockerfileModel, span: Span): string {
  const esc = model.escapeChar === '`' ? '`' : '\\\\';
  return model.text
    .slice(span.start, span.end)
    .replace(new RegExp(`${esc}[ \\t]*\\r?\\n(?:[ \\t]*#[^\\n]*\\n|[ \\t]*\\r?\\n)*`, 'g'), '');
}

/** The `key=value` pairs of an ENV or LABEL, with their spans. */
export function properties(model: DockerfileModel, ins: DfInstruction): Array<{ name: string; nameSpan: Span; value: string | null; valueSpan: Span | null }> {
  const node = ins.node as DfInstruction['node'] & { getProperties?: () => Array<import('dockerfile-ast').Property> };
  if (typeof node.getProperties !== 'function') return [];
  return node.getProperties().map((p) => {
    const vr = p.getValueRange();
    return { name: p.getName(), nameSpan: nodeSpan(ins, p.getNameRange()), value: p.getValue(), valueSpan: vr ? nodeSpan(ins, vr) : null };
  });
}

/** Shell operators that have no meaning as file names in COPY/ADD. */
const COPY_SHELL_OPERATORS = new Set(['&&', '||', ';', '|', '>', '>>', '<', '2>', '2>&1', '&>', '&']);

/** Index of the first shell operator among a shell-form COPY/ADD's arguments (`COPY . . && go build`), or -1. */
export function shellOperatorIndex(ins: DfInstruction): number {
  if (ins.execForm || ins.heredocs.length) return -1;
  return ins.args.findIndex((a) => COPY_SHELL_OPERATORS.has(a.value));
}
