// The `.dockerignore` Dockwise proposes: fitted to the ecosystems a project shows, and never
// excluding a path the Dockerfile copies by name.
import type { DockerfileModel } from './model';
import { matcher } from './context';
import { ECOSYSTEM_IMAGES, ECOSYSTEM_MARKERS, type Ecosystem } from './dependencyInstalls';
import { findCommand, shellOf } from './shell';

interface Section {
  /** English comment; the file is for tools and people of any language, comments stay short. */
  title: string;
  lines: string[];
  ecosystem?: Ecosystem;
}

const SECTIONS: Section[] = [
  { title: 'Version control', lines: ['.git', '.gitignore', '.gitattributes'] },
  { title: 'Secrets and local settings', lines: ['.env', '.env.*', '!.env.example', '*.pem', '*.key', 'id_rsa*', 'id_ed25519*'] },
  { title: 'Editors and OS files', lines: ['.vscode/', '.idea/', '*.swp', '.DS_Store', 'Thumbs.db'] },
  { title: 'Node dependencies and build output', ecosystem: 'node', lines: ['node_modules/', 'npm-debug.log*', 'yarn-error.log*', '.npm/', 'coverage/', 'dist/', 'build/', '.next/'] },
  { title: 'Python caches and environments', ecosystem: 'python', lines: ['__pycache__/', '*.py[cod]', '.venv/', 'venv/', '.pytest_cache/', '.mypy_cache/', '*.egg-info/', 'dist/', 'build/'] },
  { title: 'Go build output', ecosystem: 'go', lines: ['bin/', '*.test', '*.out'] },
  { title: 'PHP dependencies', ecosystem: 'php', lines: ['vendor/'] },
  { title: 'Ruby dependencies', ecosystem: 'ruby', lines: ['vendor/bundle/', '.bundle/', 'log/', 'tmp/'] },
  { title: 'Rust build output', ecosystem: 'rust', lines: ['target/'] },
  { title: 'Java build output', ecosystem: 'java', lines: ['target/', 'build/', '.gradle/', '*.class'] },
  { title: '.NET build output', ecosystem: 'dotnet', lines: ['**/bin/', '**/obj/', '.vs/', '*.user'] },
  { title: 'Logs and temporary files', lines: ['*.log', 'tmp/'] },
];

/** Ecosystems seen in the context's root entries or in the Dockerfile's base images. */
export function detectEcosystems(file: DockerfileModel, rootEntries: string[] | null): Set<Ecosystem> {
  const out = new Set<Ecosystem>();
  for (const [eco, markers] of Object.entries(ECOSYSTEM_MARKERS) as Array<[Ecosystem, string[]]>) {
    if (rootEntries && markers.some((m) => rootEntries.includes(m))) out.add(eco);
  }
  if (rootEntries?.some((e) => /\.(csproj|fsproj|vbproj|sln)$/i.test(e))) out.add('dotnet');
  for (const stage of file.stages) {
    const image = (stage.image ?? '').toLowerCase();
    for (const [eco, re] of Object.entries(ECOSYSTEM_IMAGES) as Array<[Ecosystem, RegExp]>) if (re.test(image)) out.add(eco);
  }
  return out;
}

/** Paths the Dockerfile copies from the context by name (globs cut at their first wildcard). */
function namedSources(file: DockerfileModel): string[] {
  const out: string[] = [];
  for (const ins of file.instructions) {
    if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some((f) => f.name.toLowerCase() === 'from') || ins.heredocs.length) continue;
    const srcs = ins.execForm ? ins.execForm.slice(0, -1) : ins.args.slice(0, -1).map((a) => a.value.replace(/^["']|["']$/g, ''));
    for (const s of srcs) {
      if (/^[a-z]+:\/\//i.test(s) || s.includes('$')) continue;
      const cut = s.split(/[*?[]/)[0].replace(/^\.?\//, '').replace(/\/+$/, '');
      if (cut && cut !== '.') out.push(cut);
    }
  }
  return out;
}

/** Whether a RUN reads the git history (`git describe`, `git rev-parse`): then `.git` must stay. */
function needsGitFolder(file: DockerfileModel): boolean {
  return file.instructions.some((ins) => {
    const run = ins.keyword === 'RUN' ? shellOf(file, ins) : null;
    return findCommand(run, 'git').some((c) => !['clone', 'config', 'init', 'ls-remote', 'submodule'].includes(c.argv[1]?.value ?? ''));
  });
}

/** The text of a new `.dockerignore` for this Dockerfile and context. */
export function dockerignoreFor(file: DockerfileModel, rootEntries: string[] | null, eol: string): string {
  const ecosystems = detectEcosystems(file, rootEntries);
  const sources = namedSources(file);
  const keepGit = needsGitFolder(file);
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const section of SECTIONS) {
    if (section.ecosystem && !ecosystems.has(section.ecosystem)) continue;
    const lines = section.lines.filter((line) => {
      if (seen.has(line)) return false;
      if (keepGit && line === '.git') return false;
      // A pattern that would hide a file the Dockerfile copies by name would break the build.
      if (!line.startsWith('!')) {
        const hides = matcher(line);
        if (sources.some((s) => hides(s) || s.split('/').some((_, k, parts) => hides(parts.slice(0, k + 1).join('/'))))) return false;
      }
      return true;
    });
    if (!lines.length || lines.every((l) => l.startsWith('!'))) continue;
    for (const l of lines) seen.add(l);
    blocks.push([`# ${section.title}`, ...lines].join(eol));
  }
  return blocks.join(eol + eol) + eol;
}
