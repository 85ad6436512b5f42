// Package-manager knowledge the layer-cache rules share: which commands install dependencies,
// which manifest files they read, and what each ecosystem leaves in a project folder.
import { flagValue, hasFlag, positionals, programOf, subcommand, type ShCommand } from './shell';

export type Ecosystem = 'node' | 'python' | 'go' | 'php' | 'ruby' | 'rust' | 'java' | 'dotnet';

export interface DependencyInstall {
  tool: string;
  ecosystem: Ecosystem;
  /** Manifests to copy first (context-relative); `*` globs allowed, folders end with `/`. */
  manifests: string[];
  /** Manifests to copy only when the context has them (or, when unknown, never). */
  optional: string[];
  /** Whether the install can run with only the manifests (no sources) — else no automatic fix. */
  movable: boolean;
}

interface InstallRule {
  tool: string;
  ecosystem: Ecosystem;
  match(cmd: ShCommand): boolean;
  manifests(cmd: ShCommand): string[];
  optional?: string[];
  movable?(cmd: ShCommand): boolean;
  /** Flags that point the tool at another folder: the manifests are elsewhere. */
  elsewhere?: string[];
}

const sub = (c: ShCommand, i = 0) => subcommand(c, i)?.value ?? '';

/** Dependency installs, one row per tool (the catalog's list). */
const INSTALLS: InstallRule[] = [
  { tool: 'npm', ecosystem: 'node', match: (c) => c.name === 'npm' && ['ci', 'install', 'i'].includes(sub(c)) && positionals(c).length === 1, manifests: () => ['package.json', 'package-lock.json'], optional: ['npm-shrinkwrap.json', '.npmrc'], elsewhere: ['--prefix', '-C'] },
  { tool: 'yarn', ecosystem: 'node', match: (c) => c.name === 'yarn' && (positionals(c).length === 0 || (sub(c) === 'install' && positionals(c).length === 1)), manifests: () => ['package.json', 'yarn.lock'], optional: ['.yarnrc', '.yarnrc.yml', '.npmrc', '.yarn/'], elsewhere: ['--cwd'] },
  { tool: 'pnpm', ecosystem: 'node', match: (c) => c.name === 'pnpm' && ['install', 'i', 'fetch'].includes(sub(c)) && positionals(c).length === 1, manifests: (c) => (sub(c) === 'fetch' ? ['pnpm-lock.yaml'] : ['package.json', 'pnpm-lock.yaml']), optional: ['pnpm-workspace.yaml', '.npmrc'], elsewhere: ['-C', '--dir'] },
  {
    tool: 'pip',
    ecosystem: 'python',
    match: (c) => programOf(c).name === 'pip' && sub(c) === 'install' && !!flagValue(c, '-r', '--requirement'),
    manifests: (c) => requirementFiles(c),
    // Only requirement files on the command line: an extra `.` or package path needs the sources.
    movable: (c) => positionals(c).length === 1 && !hasFlag(c, '-e', '--editable'),
  },
  { tool: 'poetry', ecosystem: 'python', match: (c) => c.name === 'poetry' && sub(c) === 'install', manifests: () => ['pyproject.toml', 'poetry.lock'], movable: (c) => hasFlag(c, '--no-root'), elsewhere: ['-C', '--directory', '-P', '--project'] },
  { tool: 'go', ecosystem: 'go', match: (c) => c.name === 'go' && sub(c) === 'mod' && sub(c, 1) === 'download', manifests: () => ['go.mod', 'go.sum'], elsewhere: ['-C'] },
  { tool: 'composer', ecosystem: 'php', match: (c) => c.name === 'composer' && sub(c) === 'install', manifests: () => ['composer.json', 'composer.lock'], movable: (c) => hasFlag(c, '--no-scripts') && hasFlag(c, '--no-autoloader'), elsewhere: ['-d', '--working-dir'] },
  { tool: 'bundler', ecosystem: 'ruby', match: (c) => c.name === 'bundle' && (positionals(c).length === 0 || sub(c) === 'install'), manifests: () => ['Gemfile', 'Gemfile.lock'], elsewhere: ['--gemfile'] },
  { tool: 'cargo', ecosystem: 'rust', match: (c) => c.name === 'cargo' && ['fetch', 'build'].includes(sub(c)), manifests: () => ['Cargo.toml', 'Cargo.lock'], movable: (c) => sub(c) === 'fetch', elsewhere: ['--manifest-path'] },
  { tool: 'maven', ecosystem: 'java', match: (c) => programOf(c).name === 'mvn' && positionals(c).some((w) => /^dependency:/.test(w.value)) && positionals(c).every((w) => /^dependency:|^-/.test(w.value)), manifests: (c) => (c.name === 'mvnw' ? ['pom.xml', 'mvnw', '.mvn/'] : ['pom.xml']), elsewhere: ['-f', '--file'] },
  { tool: 'gradle', ecosystem: 'java', match: (c) => programOf(c).name === 'gradle' && positionals(c).length > 0 && positionals(c).every((w) => /^(dependencies|androidDependencies|buildEnvironment|--refresh-dependencies)$/.test(w.value)), manifests: (c) => ['build.gradle*', 'settings.gradle*', ...(c.name === 'gradlew' ? ['gradlew', 'gradle/'] : [])], optional: ['gradle.properties', 'gradle/'], elsewhere: ['-p', '--project-dir', '-b', '--build-file'] },
];

function requirementFiles(c: ShCommand): string[] {
  const out: string[] = [];
  const args = programOf(c).args;
  for (let k = 0; k < args.length; k++) {
    const v = args[k].value;
    if ((v === '-r' || v === '--requirement') && args[k + 1]) out.push(args[++k].value);
    else if (v.startsWith('--requirement=')) out.push(v.slice(14));
    else if (/^-r./.test(v)) out.push(v.slice(2));
  }
  return out;
}

/** The dependency install a command performs, or null. */
export function dependencyInstall(cmd: ShCommand): (DependencyInstall & { elsewhere: boolean }) | null {
  const r = INSTALLS.find((x) => x.match(cmd));
  if (!r) return null;
  return {
    tool: r.tool,
    ecosystem: r.ecosystem,
    manifests: r.manifests(cmd),
    optional: r.optional ?? [],
    movable: r.movable ? r.movable(cmd) : true,
    elsewhere: (r.elsewhere ?? []).some((f) => hasFlag(cmd, f)),
  };
}

/** Files at a project's root that tell its ecosystem. */
export const ECOSYSTEM_MARKERS: Record<Ecosystem, string[]> = {
  node: ['package.json', 'yarn.lock', 'pnpm-lock.yaml', 'package-lock.json'],
  python: ['requirements.txt', 'pyproject.toml', 'setup.py', 'Pipfile', 'poetry.lock'],
  go: ['go.mod'],
  php: ['composer.json'],
  ruby: ['Gemfile'],
  rust: ['Cargo.toml'],
  java: ['pom.xml', 'build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts', 'mvnw', 'gradlew'],
  dotnet: ['global.json', 'nuget.config', 'NuGet.Config', 'Directory.Build.props'],
};

/** Base image names that tell the ecosystem when the context cannot be listed. */
export const ECOSYSTEM_IMAGES: Record<Ecosystem, RegExp> = {
  node: /(^|\/)(node|bun|deno)(:|@|$)/,
  python: /(^|\/)(python|pypy)(:|@|$)|uv:/,
  go: /(^|\/)golang(:|@|$)/,
  php: /(^|\/)(php|composer)(:|@|$)/,
  ruby: /(^|\/)(ruby|jruby)(:|@|$)/,
  rust: /(^|\/)rust(:|@|$)/,
  java: /(^|\/)(maven|gradle|openjdk|eclipse-temurin|amazoncorretto)(:|@|$)/,
  dotnet: /dotnet\/(sdk|aspnet|runtime|framework)|(^|\/)dotnet(:|@|$)/,
};

