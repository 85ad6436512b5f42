// `dockwise lint`: the engine over files on disk, for terminals and CI.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Engine, detectKind } from '../engine/index';
import { parseConfigText, CONFIG_FILE_NAME, type EngineConfig } from '../engine/config';
import { pickLocale } from '../engine/locale';
import { FsWorkspace } from '../node/fsWorkspace';
import { parseArgs, HELP } from './args';
import { formatSarif, formatText, toJsonFindings, type FileResult } from './format';

const VERSION = '0.1.0';
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', '.venv', '__pycache__']);
const rank = { hint: 0, info: 1, warning: 2, error: 3 } as const;

/** Dockerfiles and compose files under the given paths; named files are taken whatever their name. */
export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(full);
      } else if (e.isFile() && detectKind(full)) files.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(argv: string[], env: NodeJS.ProcessEnv = process.env, isTTY = false): RunResult {
  const args = parseArgs(argv);
  if (args.command === 'help') return { code: 0, stdout: HELP, stderr: '' };
  if (args.command === 'version') return { code: 0, stdout: `${VERSION}\n`, stderr: '' };
  if (args.command === 'error') return { code: 2, stdout: '', stderr: `dockwise: ${args.message}\n${HELP}` };

  let config: Partial<EngineConfig> = {};
  const configPath = args.config ?? (statSafe(CONFIG_FILE_NAME) ? CONFIG_FILE_NAME : undefined);
  let stderr = '';
  if (configPath) {
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch {
      return { code: 2, stdout: '', stderr: `dockwise: cannot read config file '${configPath}'\n` };
    }
    const parsed = parseConfigText(text);
    if (parsed.problems.length) {
      return { code: 2, stdout: '', stderr: parsed.problems.map((p) => `dockwise: ${configPath}: ${p.message}\n`).join('') };
    }
    config = parsed.config;
  }
  const { files, missing } = collectFiles(args.paths);
  if (missing.length) return { code: 2, stdout: '', stderr: missing.map((m) => `dockwise: no such file or folder: ${m}\n`).join('') };

  const locale = pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG, args.language);
  const engine = new Engine({ workspace: new FsWorkspace(), config, log: (m) => (stderr += `dockwise: ${m}\n`) });
  const results: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      stderr += `dockwise: cannot read ${file}: ${(e as Error).message}\n`;
      continue;
    }
    const abs = path.resolve(file);
    const kind = detectKind(abs) ?? 'dockerfile';
    const findings = engine.lint({ path: abs, text, kind });
    const model = engine.model({ path: abs, text, kind });
    const rel = path.relative(process.cwd(), abs);
    results.push({ file: rel && !rel.startsWith('..') ? rel : abs, kind, doc: model.doc, findings });
    engine.forget(abs);
  }
  const threshold = rank[args.failOn];
  const failing = results.some((r) => r.findings.some((f) => rank[f.severity] >= threshold));
  const color = args.color === 'auto' ? isTTY && !env.NO_COLOR : args.color;
  const stdout =
    args.format === 'json'
      ? JSON.stringify(toJsonFindings(results, locale), null, 2) + '\n'
      : args.format === 'sarif'
        ? formatSarif(results, locale, VERSION)
        : formatText(results, locale, color);
  return { code: failing ? 1 : 0, stdout, stderr };
}

function statSafe(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
