// Pure project detection for the scaffolder: from the names in a folder and a few small manifests, which
// ecosystem and package manager it uses and what the Dockerfile needs to know. No `vscode`, no IO.

export type Ecosystem = 'go' | 'node' | 'python' | 'java' | 'rust' | 'php' | 'dotnet';

export type PackageManager =
  | 'go'
  | 'npm'
  | 'yarn'
  | 'yarn-berry'
  | 'pnpm'
  | 'pip'
  | 'poetry'
  | 'pyproject'
  | 'maven'
  | 'gradle'
  | 'cargo'
  | 'composer'
  | 'dotnet';

export interface Project {
  readonly ecosystem: Ecosystem;
  readonly packageManager: PackageManager;
  /** Manifest and lock files that exist, to copy before the sources so dependencies stay cached. */
  readonly manifests: readonly string[];
  /** A name for the image, service and binary, derived from the manifest or the folder. */
  readonly name: string;
  /** What the container runs, as the scaffolder's question pre-fills it (meaning depends on the ecosystem). */
  readonly entry: string;
  /** Language/toolchain version the manifest asks for, when it says; otherwise the template's default. */
  readonly languageVersion: string | null;
  /** Node: package.json has a `build` script to run in the build stage. */
  readonly hasBuildScript: boolean;
}

export interface FolderListing {
  /** Names in the folder; sub-folders end in "/", entries one level down may be given as "cmd/api/". */
  readonly names: readonly string[];
  /** Contents of the small files listed by `filesToRead`, when they could be read. */
  readonly contents: Readonly<Record<string, string>>;
  /** The folder's own name, the fallback for the project name. */
  readonly folderName: string;
}

/** Which files detection wants to read, given the names in the folder. */
export function filesToRead(names: readonly string[]): string[] {
  const wanted = new Set(['go.mod', 'package.json', 'pyproject.toml', 'Cargo.toml', 'composer.json', 'pom.xml', 'build.gradle', 'build.gradle.kts']);
  return names.filter((n) => wanted.has(n) || n.endsWith('.csproj'));
}

const has = (l: FolderListing, name: string): boolean => l.names.includes(name);
const present = (l: FolderListing, names: readonly string[]): string[] => names.filter((n) => has(l, n));

/** Turns any text into a lowercase name usable for an image, a compose service and a file. */
export function slug(text: string): string {
  const s = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s === '' ? 'app' : s;
}

function parseJson(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function detectGo(l: FolderListing): Project | undefined {
  if (!has(l, 'go.mod')) return undefined;
  const mod = l.contents['go.mod'] ?? '';
  const modulePath = /^\s*module\s+(\S+)/m.exec(mod)?.[1]?.replace(/^"|"$/g, '');
  const goLine = /^\s*go\s+(\d+\.\d+)/m.exec(mod)?.[1] ?? null;
  const cmd = l.names.map((n) => /^cmd\/([^/]+)\/$/.exec(n)?.[1]).find((x) => x !== undefined);
  const name = slug(modulePath?.split('/').pop() ?? l.folderName);
  const entry = has(l, 'main.go') || cmd === undefined ? '.' : `./cmd/${cmd}`;
  return { ecosystem: 'go', packageManager: 'go', manifests: present(l, ['go.mod', 'go.sum']), name, entry, languageVersion: goLine, hasBuildScript: false };
}

const nodeLocks: ReadonlyArray<{ file: string; pm: PackageManager }> = [
  { file: 'pnpm-lock.yaml', pm: 'pnpm' },
  { file: 'yarn.lock', pm: 'yarn' },
  { file: 'package-lock.json', pm: 'npm' },
  { file: 'npm-shrinkwrap.json', pm: 'npm' },
];

function detectNode(l: FolderListing): Project | undefined {
  if (!has(l, 'package.json')) return undefined;
  const pkg = parseJson(l.contents['package.json']) ?? {};
  const declared = str(pkg.packageManager)?.split('@')[0];
  let pm: PackageManager = nodeLocks.find((x) => has(l, x.file))?.pm ?? (declared === 'pnpm' || declared === 'yarn' ? declared : 'npm');
  // Yarn 2+ ("berry") keeps a .yarnrc.yml and has different install flags than yarn 1.
  if (pm === 'yarn' && (has(l, '.yarnrc.yml') || /^yarn@[2-9]/.test(str(pkg.packageManager) ?? ''))) pm = 'yarn-berry';
  const lockFiles = nodeLocks.map((x) => x.file).filter((f) => has(l, f));
  const extra = pm === 'yarn-berry' ? present(l, ['.yarnrc.yml']) : pm === 'pnpm' ? present(l, ['pnpm-workspace.yaml']) : [];
  const scripts = (pkg.scripts !== null && typeof pkg.scripts === 'object' ? pkg.scripts : {}) as Record<string, unknown>;
  const hasBuildScript = typeof scripts.build === 'string';
  const startFile = /^node\s+(?:--\S+\s+)*([^\s;&|]+\.[cm]?js)\b/.exec(str(scripts.start) ?? '')?.[1];
  const entry = startFile ?? str(pkg.main) ?? (hasBuildScript ? 'dist/index.js' : 'index.js');
  const engines = (pkg.engines !== null && typeof pkg.engines === 'object' ? pkg.engines : {}) as Record<string, unknown>;
  const nodeMajor = /(\d{2,})/.exec(str(engines.node) ?? '')?.[1] ?? null;
  const name = slug((str(pkg.name) ?? l.folderName).replace(/^@[^/]+\//, ''));
  return { ecosystem: 'node', packageManager: pm, manifests: ['package.json', ...lockFiles, ...extra], name, entry: entry.replace(/^\.\//, ''), languageVersion: nodeMajor, hasBuildScript };
}

function detectPython(l: FolderListing): Project | undefined {
  const pyproject = l.contents['pyproject.toml'];
  const isPoetry = has(l, 'poetry.lock') || (pyproject !== undefined && /^\[tool\.poetry\]/m.test(pyproject));
  let pm: PackageManager;
  let manifests: string[];
  if (has(l, 'pyproject.toml') && isPoetry) {
    pm = 'poetry';
    manifests = present(l, ['pyproject.toml', 'poetry.lock']);
  } else if (has(l, 'requirements.txt')) {
    pm = 'pip';
    manifests = ['requirements.txt'];
  } else if (has(l, 'pyproject.toml')) {
    pm = 'pyproject';
    manifests = ['pyproject.toml'];
  } else return undefined;
  const projectName = pyproject === undefined ? undefined : /^\s*name\s*=\s*["']([^"']+)["']/m.exec(pyproject)?.[1];
  const entry = ['main.py', 'app.py', 'server.py', 'manage.py'].find((f) => has(l, f)) ?? 'main.py';
  const requires = pyproject === undefined ? undefined : /requires-python\s*=\s*["'][^"'\d]*(3\.\d+)/.exec(pyproject)?.[1];
  return { ecosystem: 'python', packageManager: pm, manifests, name: slug(projectName ?? l.folderName), entry, languageVersion: requires ?? null, hasBuildScript: false };
}

function detectJava(l: FolderListing): Project | undefined {
  const pom = l.contents['pom.xml'];
  if (has(l, 'pom.xml')) {
    const version =
      /<(?:java\.version|maven\.compiler\.release|maven\.compiler\.target|release)>\s*(?:1\.)?(\d+)\s*</.exec(pom ?? '')?.[1] ?? null;
    // The project's own artifactId, not the parent's or a dependency's.
    const withoutParent = (pom ?? '').replace(/<parent>[\s\S]*?<\/parent>/, '').replace(/<dependencies>[\s\S]*<\/dependencies>/, '');
    const name = slug(/<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(withoutParent)?.[1] ?? l.folderName);
    return { ecosystem: 'java', packageManager: 'maven', manifests: ['pom.xml'], name, entry: 'app.jar', languageVersion: version, hasBuildScript: false };
  }
  const gradleFile = ['build.gradle.kts', 'build.gradle'].find((f) => has(l, f));
  if (gradleFile === undefined) return undefined;
  const gradle = l.contents[gradleFile] ?? '';
  const version = /(?:languageVersion\s*(?:=|\.set\()\s*JavaLanguageVersion\.of\(\s*|sourceCompatibility\s*=\s*['"]?(?:JavaVersion\.VERSION_)?(?:1[._])?)(\d+)/.exec(gradle)?.[1] ?? null;
  const manifests = present(l, ['settings.gradle.kts', 'settings.gradle', gradleFile, 'gradle.properties']);
  return { ecosystem: 'java', packageManager: 'gradle', manifests, name: slug(l.folderName), entry: 'app.jar', languageVersion: version, hasBuildScript: false };
}

function detectRust(l: FolderListing): Project | undefined {
  if (!has(l, 'Cargo.toml')) return undefined;
  const cargo = l.contents['Cargo.toml'] ?? '';
  const pkgSection = /^\[package\][^[]*/m.exec(cargo)?.[0] ?? '';
  const pkgName = /^\s*name\s*=\s*"([^"]+)"/m.exec(pkgSection)?.[1];
  const binName = /^\[\[bin\]\][^[]*?^\s*name\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
  const rustVersion = /^\s*rust-version\s*=\s*"(\d+\.\d+)/m.exec(pkgSection)?.[1] ?? null;
  // The binary keeps the crate's spelling (dashes included); only the image name is slugged.
  const entry = binName ?? pkgName ?? slug(l.folderName);
  return { ecosystem: 'rust', packageManager: 'cargo', manifests: present(l, ['Cargo.toml', 'Cargo.lock']), name: slug(pkgName ?? l.folderName), entry, languageVersion: rustVersion, hasBuildScript: false };
}

function detectPhp(l: FolderListing): Project | undefined {
  if (!has(l, 'composer.json')) return undefined;
  const composer = parseJson(l.contents['composer.json']) ?? {};
  const req = (composer.require !== null && typeof composer.require === 'object' ? composer.require : {}) as Record<string, unknown>;
  const phpVersion = /(\d+\.\d+)/.exec(str(req.php) ?? '')?.[1] ?? null;
  const name = slug(str(composer.name)?.split('/').pop() ?? l.folderName);
  const entry = has(l, 'public/') ? 'public' : '.';
  return { ecosystem: 'php', packageManager: 'composer', manifests: present(l, ['composer.json', 'composer.lock']), name, entry, languageVersion: phpVersion, hasBuildScript: false };
}

function detectDotnet(l: FolderListing): Project | undefined {
  const csproj = l.names.filter((n) => n.endsWith('.csproj')).sort()[0];
  if (csproj === undefined) return undefined;
  const text = l.contents[csproj] ?? '';
  const tfm = /<TargetFrameworks?>\s*net(\d+\.\d+)/.exec(text)?.[1] ?? null;
  const assembly = /<AssemblyName>\s*([^<\s]+)\s*</.exec(text)?.[1] ?? csproj.replace(/\.csproj$/, '');
  return { ecosystem: 'dotnet', packageManager: 'dotnet', manifests: [csproj, ...present(l, ['NuGet.config', 'nuget.config', 'Directory.Build.props', 'Directory.Packages.props', 'global.json'])], name: slug(assembly), entry: `${assembly}.dll`, languageVersion: tfm, hasBuildScript: false };
}

/** Detectors in priority order: when a folder matches several (a Laravel app has composer.json and package.json), the first is the likelier main one. */
const detectors: ReadonlyArray<(l: FolderListing) => Project | undefined> = [detectGo, detectRust, detectJava, detectDotnet, detectPhp, detectPython, detectNode];

/** Every ecosystem the folder looks like, likeliest first; empty when none matches. */
export function detectProjects(listing: FolderListing): Project[] {
  return detectors.map((d) => d(listing)).filter((p): p is Project => p !== undefined);
}
