// What common base images contain (shell, curl/wget, package manager, users, toolchain, libc),
// kept as data, so rules, hovers and fixes can fit their advice to the image a stage starts from.
import type { DockerfileModel } from './model';

/** A yes/no fact about an image; `unknown` keeps rules quiet. */
export type Fact = boolean | 'unknown';
export type PackageManager = 'apk' | 'apt' | 'dnf' | 'microdnf' | 'yum' | 'tdnf' | 'none' | 'unknown';
export type Libc = 'musl' | 'glibc' | 'none' | 'unknown';
export type Family =
  | 'alpine'
  | 'debian'
  | 'ubuntu'
  | 'rhel'
  | 'azurelinux'
  | 'wolfi'
  | 'busybox'
  | 'scratch'
  | 'distroless'
  | 'chiseled'
  | 'windows'
  | 'unknown';
/** The build toolchain an image carries; `null` for a runtime-only image. */
export type Sdk = 'go' | 'rust' | 'java' | 'dotnet' | 'c' | 'node';

export interface ImageRef {
  /** As written in FROM. */
  raw: string;
  /** `docker.io` for Docker Hub. */
  registry: string;
  /** Repository path without the registry; Docker Hub official images without `library/`. */
  repository: string;
  tag: string | null;
  digest: string | null;
}

export interface ImageFacts {
  family: Family;
  /** `/bin/sh` exists, so shell-form RUN/CMD/ENTRYPOINT work (Windows: `cmd`). */
  shell: Fact;
  curl: Fact;
  wget: Fact;
  packageManager: PackageManager;
  libc: Libc;
  /** The user the image runs as: `root`, a user name or uid, or `unknown`. */
  defaultUser: string;
  /** Non-root users the image already has, best first. */
  users: string[];
  sdk: Sdk | null | 'unknown';
  /** The image's entrypoint drops root by itself (gosu, su-exec, worker processes), by design. */
  stepsDown: boolean;
}

export interface ImageInfo extends ImageFacts {
  ref: ImageRef | null;
  /** Whether the table knows the image; every fact of an unknown image is `unknown`. */
  known: boolean;
}

const UNKNOWN: ImageFacts = {
  family: 'unknown',
  shell: 'unknown',
  curl: 'unknown',
  wget: 'unknown',
  packageManager: 'unknown',
  libc: 'unknown',
  defaultUser: 'unknown',
  users: [],
  sdk: 'unknown',
  stepsDown: false,
};

type Base = Omit<ImageFacts, 'users' | 'sdk' | 'stepsDown'>;

/** The operating-system bases images are built on; an image entry starts from one of these. */
const FLAVOURS = {
  scratch: { family: 'scratch', shell: false, curl: false, wget: false, packageManager: 'none', libc: 'none', defaultUser: 'root' },
  alpine: { family: 'alpine', shell: true, curl: false, wget: true, packageManager: 'apk', libc: 'musl', defaultUser: 'root' },
  busybox: { family: 'busybox', shell: true, curl: false, wget: true, packageManager: 'none', libc: 'unknown', defaultUser: 'root' },
  // debian and debian-slim ship neither curl nor wget.
  debian: { family: 'debian', shell: true, curl: false, wget: false, packageManager: 'apt', libc: 'glibc', defaultUser: 'root' },
  // buildpack-deps (`-curl`, `-scm` and full) adds curl and wget; node, python, golang, rust, ruby are built on it.
  'debian-full': { family: 'debian', shell: true, curl: true, wget: true, packageManager: 'apt', libc: 'glibc', defaultUser: 'root' },
  ubuntu: { family: 'ubuntu', shell: true, curl: false, wget: false, packageManager: 'apt', libc: 'glibc', defaultUser: 'root' },
  'ubuntu-full': { family: 'ubuntu', shell: true, curl: true, wget: true, packageManager: 'apt', libc: 'glibc', defaultUser: 'root' },
  // UBI, Fedora, CentOS, Rocky, Alma, Amazon Linux carry curl (curl-minimal), not wget.
  rhel: { family: 'rhel', shell: true, curl: true, wget: false, packageManager: 'dnf', libc: 'glibc', defaultUser: 'root' },
  'rhel-yum': { family: 'rhel', shell: true, curl: true, wget: false, packageManager: 'yum', libc: 'glibc', defaultUser: 'root' },
  'rhel-minimal': { family: 'rhel', shell: true, curl: true, wget: false, packageManager: 'microdnf', libc: 'glibc', defaultUser: 'root' },
  'rhel-micro': { family: 'rhel', shell: 'unknown', curl: false, wget: false, packageManager: 'none', libc: 'glibc', defaultUser: 'root' },
  azurelinux: { family: 'azurelinux', shell: true, curl: 'unknown', wget: 'unknown', packageManager: 'tdnf', libc: 'glibc', defaultUser: 'root' },
  wolfi: { family: 'wolfi', shell: true, curl: 'unknown', wget: 'unknown', packageManager: 'apk', libc: 'glibc', defaultUser: 'root' },
  // Google's distroless: runtime, CA certificates, glibc (not in `static`); no shell, no package manager.
  distroless: { family: 'distroless', shell: false, curl: false, wget: false, packageManager: 'none', libc: 'glibc', defaultUser: 'root' },
  // distroless `:debug` tags add busybox (a shell at /busybox/sh and its applets).
  'distroless-debug': { family: 'distroless', shell: true, curl: false, wget: 'unknown', packageManager: 'none', libc: 'glibc', defaultUser: 'root' },
  // Ubuntu chiseled and Azure Linux distroless (.NET): no shell, no package manager.
  chiseled: { family: 'chiseled', shell: false, curl: false, wget: false, packageManager: 'none', libc: 'glibc', defaultUser: 'unknown' },
  windows: { family: 'windows', shell: true, curl: 'unknown', wget: false, packageManager: 'none', libc: 'none', defaultUser: 'unknown' },
} satisfies Record<string, Base>;

type Flavour = keyof typeof FLAVOURS;

/** Tag words that name the OS flavour (`22-alpine3.20`, `3.12-slim-bookworm`, `8.0-noble-chiseled`). First match wins. */
const TAG_FLAVOURS: Array<{ test: RegExp; flavour: Flavour | 'suite' | 'slim' }> = [
  { test: /(?:^|[-.])(?:nanoserver|windowsservercore|servercore|ltsc\d*|windows)(?:$|[-.\d])/, flavour: 'windows' },
  { test: /(?:^|-)debug(?:$|-)/, flavour: 'distroless-debug' },
  { test: /chiseled|(?:^|-)distroless(?:$|-)/, flavour: 'chiseled' },
  { test: /alpine/, flavour: 'alpine' },
  { test: /(?:^|-)(?:azurelinux|cbl-mariner)/, flavour: 'azurelinux' },
  { test: /ubi\d*-minimal|(?:^|-)ubi\d*-micro/, flavour: 'rhel-minimal' },
  { test: /(?:^|-)ubi\d*(?:$|-)/, flavour: 'rhel' },
  { test: /oraclelinux/, flavour: 'rhel-minimal' },
  { test: /amazoncorretto|(?:^|-)al2(?:023)?(?:$|-)/, flavour: 'rhel-yum' },
  { test: /slim/, flavour: 'slim' },
  { test: /(?:^|-)(?:bionic|focal|jammy|noble|oracular|plucky|questing|resolute)(?:$|-)/, flavour: 'ubuntu' },
  { test: /(?:^|-)(?:stretch|buster|bullseye|bookworm|trixie|forky)(?:$|-)/, flavour: 'suite' },
];

interface ImageEntry {
  /** Normalised repository (`node`, `gcr.io/distroless/static-debian12`); a RegExp for families. */
  repo: string | RegExp;
  /** Flavour when the tag names none (`node:22`). */
  base: Flavour;
  /** Flavour of a Debian-suite tag without `slim` (`node:22-bookworm`); defaults to `base`. */
  suite?: Flavour;
  /** Flavour of a `-slim` tag; defaults to debian. */
  slim?: Flavour;
  sdk?: Sdk | null | ((tag: string) => Sdk | null);
  users?: string[];
  stepsDown?: boolean;
  /** Facts that differ from the flavour, applied in order when their tests match (no test: always). */
  overrides?: Array<{ tag?: RegExp; flavour?: Flavour[]; facts: Partial<ImageFacts> }>;
}

const jdkUnlessJre = (tag: string): Sdk | null => (/jre/.test(tag) ? null : 'java');

/** The images the table knows. The first entry whose repo matches is used. */
const IMAGES: ImageEntry[] = [
  { repo: 'scratch', base: 'scratch' },
  { repo: 'alpine', base: 'alpine' },
  { repo: 'busybox', base: 'busybox', overrides: [{ tag: /musl/, facts: { libc: 'musl' } }, { tag: /glibc/, facts: { libc: 'glibc' } }] },
  { repo: 'debian', base: 'debian' },
  { repo: 'ubuntu', base: 'ubuntu' },
  { repo: 'buildpack-deps', base: 'debian-full', overrides: [{ tag: /(?:^|-)(?:bionic|focal|jammy|noble|oracular|plucky|questing|resolute)/, facts: { family: 'ubuntu' } }, { facts: { curl: true, wget: true } }] },
  { repo: 'node', base: 'debian-full', sdk: 'node', users: ['node'] },
  { repo: 'python', base: 'debian-full', sdk: null },
  { repo: 'golang', base: 'debian-full', sdk: 'go' },
  { repo: 'rust', base: 'debian-full', sdk: 'rust' },
  { repo: 'gcc', base: 'debian-full', sdk: 'c' },
  { repo: 'ruby', base: 'debian-full', sdk: null },
  { repo: 'perl', base: 'debian-full', sdk: null },
  { repo: 'julia', base: 'debian', sdk: null },
  // php installs curl in every variant (it downloads its sources with it).
  { repo: 'php', base: 'debian', sdk: null, users: ['www-data'], overrides: [{ facts: { curl: true } }] },
  { repo: 'nginx', base: 'debian', users: ['nginx'], stepsDown: true, overrides: [{ facts: { curl: true } }, { tag: /alpine-slim/, facts: { curl: false } }] },
  { repo: 'nginxinc/nginx-unprivileged', base: 'debian', users: ['nginx'], overrides: [{ facts: { curl: true, defaultUser: 'nginx' } }, { tag: /alpine-slim/, facts: { curl: false } }] },
  { repo: 'httpd', base: 'debian', users: ['www-data'], stepsDown: true },
  { repo: 'postgres', base: 'debian', users: ['postgres'], stepsDown: true },
  { repo: 'redis', base: 'debian', users: ['redis'], stepsDown: true },
  { repo: 'mongo', base: 'ubuntu', users: ['mongodb'], stepsDown: true },
  { repo: 'mariadb', base: 'ubuntu', users: ['mysql'], stepsDown: true },
  { repo: 'mysql', base: 'rhel-minimal', users: ['mysql'], stepsDown: true, overrides: [{ flavour: ['rhel-minimal'], facts: { curl: 'unknown' } }, { tag: /debian/, facts: { family: 'debian', packageManager: 'apt', curl: false, wget: false } }] },
  { repo: 'rabbitmq', base: 'ubuntu', users: ['rabbitmq'], stepsDown: true },
  { repo: 'memcached', base: 'debian', users: ['memcache'], overrides: [{ facts: { defaultUser: 'memcache' } }] },
  { repo: 'haproxy', base: 'debian', users: ['haproxy'], overrides: [{ facts: { defaultUser: 'haproxy' } }] },
  { repo: 'docker', base: 'alpine', sdk: null },
  { repo: 'caddy', base: 'alpine', sdk: null },
  { repo: 'traefik', base: 'alpine', sdk: null },
  // Eclipse Temurin (Ubuntu) installs curl; maven, gradle and tomcat are built on it.
  { repo: 'eclipse-temurin', base: 'ubuntu', sdk: jdkUnlessJre, overrides: [{ flavour: ['ubuntu'], facts: { curl: true, wget: 'unknown' } }] },
  { repo: 'maven', base: 'ubuntu', sdk: 'java', overrides: [{ flavour: ['ubuntu'], facts: { curl: true, wget: 'unknown' } }] },
  { repo: 'gradle', base: 'ubuntu', sdk: 'java', overrides: [{ flavour: ['ubuntu'], facts: { curl: true, wget: 'unknown' } }] },
  { repo: 'tomcat', base: 'ubuntu', sdk: null, overrides: [{ flavour: ['ubuntu'], facts: { curl: true, wget: 'unknown' } }] },
  { repo: 'openjdk', base: 'rhel-minimal', suite: 'debian-full', sdk: jdkUnlessJre, overrides: [{ flavour: ['rhel-minimal'], facts: { curl: 'unknown' } }] },
  { repo: 'amazoncorretto', base: 'rhel-yum', sdk: jdkUnlessJre },
  // The .NET SDK installs curl and git; runtime images (aspnet, runtime, runtime-deps) have neither curl nor wget.
  { repo: 'mcr.microsoft.com/dotnet/sdk', base: 'debian', sdk: 'dotnet', users: ['app'], overrides: [{ facts: { curl: true } }, { flavour: ['debian', 'ubuntu', 'azurelinux'], facts: { wget: 'unknown' } }] },
  {
    repo: /^mcr\.microsoft\.com\/dotnet\/(?:aspnet|runtime|runtime-deps)$/,
    base: 'debian',
    sdk: null,
    users: ['app'],
    overrides: [
      { tag: /chiseled|(?:^|-)distroless/, facts: { defaultUser: 'app' } },
      { tag: /^[1-7]\./, facts: { users: [] } },
    ],
  },
  { repo: /^gcr\.io\/distroless\/static/, base: 'distroless', sdk: null, users: ['nonroot'], overrides: [{ facts: { libc: 'none' } }, { tag: /nonroot/, facts: { defaultUser: 'nonroot' } }] },
  { repo: /^gcr\.io\/distroless\//, base: 'distroless', sdk: null, users: ['nonroot'], overrides: [{ tag: /nonroot/, facts: { defaultUser: 'nonroot' } }] },
  { repo: 'cgr.dev/chainguard/static', base: 'distroless', sdk: null, users: ['nonroot'], overrides: [{ facts: { libc: 'none', defaultUser: 'nonroot' } }] },
  { repo: /^registry\.access\.redhat\.com\/ubi\d+(?:\/ubi)?$|^redhat\/ubi\d+$/, base: 'rhel' },
  { repo: /^registry\.access\.redhat\.com\/ubi\d+(?:\/ubi\d*)?-minimal$|^redhat\/ubi\d+-minimal$/, base: 'rhel-minimal' },
  { repo: /^registry\.access\.redhat\.com\/ubi\d+(?:\/ubi\d*)?-micro$|^redhat\/ubi\d+-micro$/, base: 'rhel-micro' },
  { repo: /^(?:fedora|rockylinux|almalinux|rockylinux\/rockylinux|quay\.io\/centos\/centos)$/, base: 'rhel' },
  { repo: /^(?:centos|amazonlinux)$/, base: 'rhel-yum' },
  { repo: /^mcr\.microsoft\.com\/(?:windows|powershell)(?:\/|$)/, base: 'windows' },
];

/** Docker Hub namespaces that hold the official images for one architecture (`amd64/alpine`). */
const ARCH_NAMESPACES = new Set(['amd64', 'arm32v5', 'arm32v6', 'arm32v7', 'arm64v8', 'i386', 'mips64le', 'ppc64le', 'riscv64', 's390x', 'windows-amd64']);

/** Splits an image reference; null when it holds variables or is not a reference at all. */
export function parseImageRef(raw: string): ImageRef | null {
  const text = raw.trim();
  if (!text || /[$\s"']/.test(text)) return null;
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (!rest) return null;
  const parts = rest.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) registry = parts.shift()!.toLowerCase();
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  let repository = parts.join('/').toLowerCase();
  if (registry === 'docker.io') {
    if (parts.length === 2 && (parts[0].toLowerCase() === 'library' || ARCH_NAMESPACES.has(parts[0].toLowerCase()))) repository = parts[1].toLowerCase();
  }
  return { raw: text, registry, repository, tag, digest };
}

/** The repository with its registry, as the table names it (`node`, `gcr.io/distroless/static`). */
export function qualifiedName(ref: ImageRef): string {
  return ref.registry === 'docker.io' ? ref.repository : `${ref.registry}/${ref.repository}`;
}

function flavourOf(entry: ImageEntry, tag: string): Flavour {
  if (entry.base === 'scratch') return 'scratch';
  for (const t of TAG_FLAVOURS) {
    if (!t.test.test(tag)) continue;
    // Only distroless names its busybox variant `debug`.
    if (t.flavour === 'distroless-debug') {
      if (entry.base === 'distroless') return 'distroless-debug';
      continue;
    }
    if (t.flavour === 'suite') return entry.suite ?? entry.base;
    if (t.flavour === 'slim') return entry.slim ?? (FLAVOURS[entry.base].family === 'ubuntu' ? 'ubuntu' : 'debian');
    if (t.flavour === 'ubuntu') return FLAVOURS[entry.base].curl === true && FLAVOURS[entry.base].family === 'debian' ? 'ubuntu-full' : 'ubuntu';
    return t.flavour;
  }
  return entry.base;
}

function matches(entry: ImageEntry, name: string): boolean {
  return typeof entry.repo === 'string' ? entry.repo === name : entry.repo.test(name);
}

/** Facts about an image reference as written in FROM (without variables); unknown images say `unknown`. */
export function lookupImage(raw: string | null | undefined): ImageInfo {
  const ref = raw ? parseImageRef(raw) : null;
  if (!ref) return { ...UNKNOWN, ref, known: false };
  if (ref.repository === 'scratch' && ref.registry === 'docker.io') return { ...FLAVOURS.scratch, users: [], sdk: null, stepsDown: false, ref, known: true };
  const name = qualifiedName(ref);
  const entry = IMAGES.find((e) => matches(e, name));
  if (!entry) return { ...UNKNOWN, ref, known: false };
  const tag = (ref.tag ?? '').toLowerCase();
  const flavour = flavourOf(entry, tag);
  const sdk = typeof entry.sdk === 'function' ? entry.sdk(tag) : entry.sdk;
  let facts: ImageFacts = {
    ...FLAVOURS[flavour],
    users: entry.users ?? [],
    sdk: sdk === undefined ? null : sdk,
    stepsDown: entry.stepsDown ?? false,
  };
  if (flavour === 'windows') facts.users = [];
  for (const o of entry.overrides ?? []) {
    if (flavour === 'windows') break;
    if ((!o.tag || o.tag.test(tag)) && (!o.flavour || o.flavour.includes(flavour))) facts = { ...facts, ...o.facts };
  }
  return { ...facts, ref, known: true };
}

/** Whether a user name or uid (optionally `user:group`) is root. */
export function isRootUser(user: string): boolean {
  const name = user.split(':')[0].trim();
  return name === 'root' || name === '0';
}

export interface StageBase {
  /** The stage whose FROM names an image (the root of the chain). */
  rootStage: number;
  /** Stage indices from the root to the asked stage. */
  chain: number[];
  /** Facts about the root stage's image. */
  image: ImageInfo;
}

/**
 * The image a stage is built on, following `FROM <stage>` to the stage that names a real image.
 * `resolve` expands variables in the image reference (e.g. global ARG defaults) when the caller can.
 */
export function stageBase(model: DockerfileModel, stageIndex: number, resolve?: (image: string) => string | null): StageBase {
  const chain: number[] = [];
  const seen = new Set<number>();
  let i: number | null = stageIndex;
  while (i !== null && i >= 0 && i < model.stages.length && !seen.has(i)) {
    seen.add(i);
    chain.unshift(i);
    const parent: number | null = model.stages[i].parentStage;
    if (parent === null || parent >= i) break;
    i = parent;
  }
  const root = model.stages[chain[0]];
  let image = root?.image ?? null;
  if (image && image.includes('$') && resolve) image = resolve(image);
  const cyclic = root?.parentStage !== null && root?.parentStage !== undefined;
  return { rootStage: chain[0] ?? stageIndex, chain, image: cyclic ? { ...UNKNOWN, ref: null, known: false } : lookupImage(image) };
}
