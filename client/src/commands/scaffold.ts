// "Dockwise: Create Multi-Stage Dockerfile…": detects the project in a folder, asks only what it cannot know,
// and writes Dockerfile, .dockerignore and optionally compose.yaml as one undoable edit, never overwriting unasked.
import * as vscode from 'vscode';
import { detectProjects, filesToRead, type Ecosystem, type FolderListing, type Project } from '../scaffold/detect';
import {
  canProbeHttp,
  defaultPorts,
  entryMeaning,
  isShellless,
  renderFiles,
  runtimeChoices,
  type HealthAnswer,
  type RuntimeId,
  type ScaffoldAnswers,
} from '../scaffold/templates';
import { planWrites, type ConflictChoice, type GeneratedName } from '../scaffold/writePlan';

/** Manifests larger than this are not read: detection needs only their first lines. */
const MAX_MANIFEST_BYTES = 512 * 1024;

const ecosystemNames: Readonly<Record<Ecosystem, string>> = {
  go: 'Go',
  node: 'Node.js',
  python: 'Python',
  java: 'Java',
  rust: 'Rust',
  php: 'PHP',
  dotnet: '.NET',
};

const packageManagerNames: Readonly<Record<Project['packageManager'], string>> = {
  go: 'Go modules',
  npm: 'npm',
  yarn: 'Yarn 1',
  'yarn-berry': 'Yarn 2+',
  pnpm: 'pnpm',
  pip: 'pip (requirements.txt)',
  poetry: 'Poetry',
  pyproject: 'pip (pyproject.toml)',
  maven: 'Maven',
  gradle: 'Gradle',
  cargo: 'Cargo',
  composer: 'Composer',
  dotnet: 'dotnet (.csproj)',
};

/** What each runtime base means, as the notes explain it; a few ecosystems name their variant differently. */
function runtimeDescription(eco: Ecosystem, runtime: RuntimeId): { label: string; detail: string } {
  const special: Partial<Record<`${Ecosystem}:${RuntimeId}`, () => { label: string; detail: string }>> = {
    'php:slim': () => ({
      label: vscode.l10n.t('Apache (Debian)'),
      detail: vscode.l10n.t('php:apache on Debian: Apache with mod_php, run as www-data on an unprivileged port.'),
    }),
    'php:alpine': () => ({
      label: 'alpine',
      detail: vscode.l10n.t("php:cli-alpine with PHP's built-in web server: small, a single process; for light traffic."),
    }),
    'dotnet:distroless': () => ({
      label: vscode.l10n.t('chiseled'),
      detail: vscode.l10n.t('Chiseled Ubuntu: only the .NET runtime, no shell, no package manager. Small and hard to attack.'),
    }),
  };
  const own = special[`${eco}:${runtime}`];
  if (own !== undefined) return own();
  const common: Record<RuntimeId, () => { label: string; detail: string }> = {
    scratch: () => ({
      label: 'scratch',
      detail: vscode.l10n.t('Empty image with only your static binary: no shell, no CA certificates or time zones unless copied in. Smallest; nothing to debug with.'),
    }),
    distroless: () => ({
      label: 'distroless',
      detail: vscode.l10n.t('Only the runtime, CA certificates, time zones and a "nonroot" user; no shell or package manager. Small and hard to attack.'),
    }),
    alpine: () => ({
      label: 'alpine',
      detail: vscode.l10n.t('Small Linux with a shell and busybox tools (musl libc). Easy to debug; some native modules need care.'),
    }),
    slim: () => ({
      label: 'slim',
      detail: vscode.l10n.t('Debian slim: glibc and a shell without extras. Larger than alpine, the most compatible.'),
    }),
  };
  return common[runtime]();
}

function entryPrompt(eco: Ecosystem): string {
  const prompts: Record<(typeof entryMeaning)[Ecosystem], () => string> = {
    package: () => vscode.l10n.t('Go package to build (the main package), e.g. . or ./cmd/server'),
    script: () => vscode.l10n.t('Script node starts, relative to the project (e.g. dist/index.js)'),
    pythonTarget: () => vscode.l10n.t('Python file (main.py) or module (app.main) to run'),
    jar: () => '',
    binary: () => vscode.l10n.t('Name of the binary Cargo builds (a [[bin]] or the package name)'),
    docroot: () => vscode.l10n.t('Web root folder served by PHP, relative to the project (. for the project folder)'),
    dll: () => vscode.l10n.t('Assembly to run (the .dll the project publishes)'),
  };
  return prompts[entryMeaning[eco]]();
}

async function listFolder(folder: vscode.Uri): Promise<FolderListing> {
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const names = entries.map(([n, type]) => ((type & vscode.FileType.Directory) !== 0 ? `${n}/` : n));
  if (names.includes('cmd/')) {
    try {
      const cmd = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder, 'cmd'));
      for (const [n, type] of cmd) if ((type & vscode.FileType.Directory) !== 0) names.push(`cmd/${n}/`);
    } catch {
      // An unreadable cmd/ only means no guess for the Go main package.
    }
  }
  const contents: Record<string, string> = {};
  for (const name of filesToRead(names)) {
    const uri = vscode.Uri.joinPath(folder, name);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_MANIFEST_BYTES) continue;
      contents[name] = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // Unreadable manifests are treated as empty; detection still uses the file names.
    }
  }
  const folderName = folder.path.split('/').filter((s) => s !== '').pop() ?? 'app';
  return { names, contents, folderName };
}

async function chooseFolder(given: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (given !== undefined) {
    const stat = await vscode.workspace.fs.stat(given);
    return (stat.type & vscode.FileType.Directory) !== 0 ? given : vscode.Uri.joinPath(given, '..');
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0]!.uri;
  if (folders.length > 1) {
    const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder of the project to containerize') });
    return picked?.uri;
  }
  const opened = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Use this folder') });
  return opened?.[0];
}

async function chooseProject(projects: readonly Project[]): Promise<Project | undefined> {
  if (projects.length === 1) return projects[0];
  const picked = await vscode.window.showQuickPick(
    projects.map((p) => ({ label: ecosystemNames[p.ecosystem], description: packageManagerNames[p.packageManager], detail: p.manifests.join(', '), project: p })),
    { title: vscode.l10n.t('Create Multi-Stage Dockerfile'), placeHolder: vscode.l10n.t('This folder holds several projects: which one goes into the image?') },
  );
  return picked?.project;
}

async function askPort(eco: Ecosystem): Promise<number | null | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('Create Multi-Stage Dockerfile'),
    prompt: vscode.l10n.t('Port the app listens on (leave empty for a worker that serves nothing)'),
    value: String(defaultPorts[eco]),
    validateInput: (v) => {
      if (v.trim() === '') return undefined;
      const n = Number(v.trim());
      return Number.isInteger(n) && n >= 1 && n <= 65535 ? undefined : vscode.l10n.t('Enter a port from 1 to 65535, or leave it empty.');
    },
  });
  if (value === undefined) return undefined;
  return value.trim() === '' ? null : Number(value.trim());
}

async function askHealth(eco: Ecosystem, runtime: RuntimeId, port: number | null): Promise<HealthAnswer | undefined> {
  if (port !== null && canProbeHttp(eco, runtime)) {
    const path = await vscode.window.showInputBox({
      title: vscode.l10n.t('Create Multi-Stage Dockerfile'),
      prompt: vscode.l10n.t('Health endpoint the HEALTHCHECK requests (leave empty for no HEALTHCHECK)'),
      value: '/health',
      validateInput: (v) => (/\s|'/.test(v) ? vscode.l10n.t('A path without spaces or quotes, like /health.') : undefined),
    });
    if (path === undefined) return undefined;
    return path.trim() === '' ? { kind: 'none' } : { kind: 'http', path: path.trim() };
  }
  if (!isShellless(runtime)) return { kind: 'none' };
  type Item = vscode.QuickPickItem & { readonly self: boolean };
  const picked = await vscode.window.showQuickPick<Item>(
    [
      { label: vscode.l10n.t('The app checks itself'), detail: vscode.l10n.t('The binary has a subcommand or flag that exits 0 when healthy, e.g. "healthcheck".'), self: true },
      { label: vscode.l10n.t('No HEALTHCHECK'), detail: vscode.l10n.t('Leave probing to the orchestrator; a comment in the Dockerfile says why.'), self: false },
    ],
    {
      title: vscode.l10n.t('Create Multi-Stage Dockerfile'),
      placeHolder: vscode.l10n.t('This image has no shell, curl or wget: how should its health be checked?'),
    },
  );
  if (picked === undefined) return undefined;
  if (!picked.self) return { kind: 'none' };
  const args = await vscode.window.showInputBox({
    title: vscode.l10n.t('Create Multi-Stage Dockerfile'),
    prompt: vscode.l10n.t('Arguments that make the app check its health, separated by spaces'),
    value: 'healthcheck',
  });
  if (args === undefined) return undefined;
  const list = args.trim().split(/\s+/).filter((a) => a !== '');
  return list.length === 0 ? { kind: 'none' } : { kind: 'command', args: list };
}

async function askAnswers(project: Project): Promise<Omit<ScaffoldAnswers, 'dockerfileName'> | undefined> {
  const eco = project.ecosystem;
  const title = vscode.l10n.t('Create Multi-Stage Dockerfile');
  const runtimePick = await vscode.window.showQuickPick(
    runtimeChoices[eco].map((id) => ({ ...runtimeDescription(eco, id), id })),
    { title, placeHolder: vscode.l10n.t('Runtime base of the final image ({0}, {1})', ecosystemNames[eco], packageManagerNames[project.packageManager]), matchOnDetail: true },
  );
  if (runtimePick === undefined) return undefined;
  const runtime = runtimePick.id;
  const port = await askPort(eco);
  if (port === undefined) return undefined;
  const health = await askHealth(eco, runtime, port);
  if (health === undefined) return undefined;
  let entry = project.entry;
  if (entryMeaning[eco] !== 'jar') {
    const answer = await vscode.window.showInputBox({
      title,
      prompt: entryPrompt(eco),
      value: project.entry,
      validateInput: (v) => (v.trim() === '' || /["\s\\]/.test(v.trim()) ? vscode.l10n.t('Enter a name without spaces, quotes or backslashes.') : undefined),
    });
    if (answer === undefined) return undefined;
    entry = answer.trim();
  }
  const yes = vscode.l10n.t('Yes, add compose.yaml');
  const no = vscode.l10n.t('No, only the Dockerfile');
  const compose = await vscode.window.showQuickPick([yes, no], { title, placeHolder: vscode.l10n.t('Also write a compose.yaml that builds and runs the image?') });
  if (compose === undefined) return undefined;
  return { project, runtime, port, health, entry, compose: compose === yes };
}

async function askConflict(conflicts: readonly string[]): Promise<ConflictChoice> {
  const overwrite = vscode.l10n.t('Overwrite');
  const beside = vscode.l10n.t('Write Beside (Dockerfile.new)');
  const picked = await vscode.window.showWarningMessage(
    vscode.l10n.t('These files already exist in this folder: {0}.', conflicts.join(', ')),
    { modal: true, detail: vscode.l10n.t('Overwrite replaces their text (undo restores it); Write Beside keeps them and writes new files next to them.') },
    overwrite,
    beside,
  );
  return picked === overwrite ? 'overwrite' : picked === beside ? 'beside' : 'cancel';
}

export async function scaffoldCommand(given?: vscode.Uri): Promise<void> {
  const folder = await chooseFolder(given);
  if (folder === undefined) return;
  const listing = await listFolder(folder);
  const projects = detectProjects(listing);
  if (projects.length === 0) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('No project found in {0}: expected go.mod, package.json, requirements.txt, pyproject.toml, pom.xml, build.gradle, Cargo.toml, composer.json or a .csproj file.', listing.folderName),
    );
    return;
  }
  const project = await chooseProject(projects);
  if (project === undefined) return;
  const answers = await askAnswers(project);
  if (answers === undefined) return;

  const generated: GeneratedName[] = ['Dockerfile', '.dockerignore', ...(answers.compose ? (['compose.yaml'] as const) : [])];
  const taken = new Set(listing.names.map((n) => n.replace(/\/$/, '')));
  const exists = (name: string): boolean => taken.has(name);
  let plan = planWrites(generated, exists, undefined);
  if (plan.kind === 'ask') plan = planWrites(generated, exists, await askConflict(plan.conflicts));
  if (plan.kind !== 'write') return;

  const files = renderFiles({ ...answers, dockerfileName: plan.dockerfileName });
  const edit = new vscode.WorkspaceEdit();
  const replaced: vscode.TextDocument[] = [];
  for (const w of plan.writes) {
    const uri = vscode.Uri.joinPath(folder, w.fileName);
    const text = files[w.generated] ?? '';
    if (w.replaces) {
      // A text edit over the open document, not a file operation, so Undo brings the old text back.
      const doc = await vscode.workspace.openTextDocument(uri);
      edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
      replaced.push(doc);
    } else {
      // Without `overwrite`, the edit fails rather than clobber a file created meanwhile.
      edit.createFile(uri, { contents: new TextEncoder().encode(text) });
    }
  }
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The files could not be written; nothing was changed.'));
    return;
  }
  for (const doc of replaced) await doc.save();
  const dockerfileUri = vscode.Uri.joinPath(folder, plan.dockerfileName);
  await vscode.window.showTextDocument(dockerfileUri);
}
