// Command-line arguments of `dockwise lint`, parsed without a library: the grammar is tiny and errors must say exactly what is wrong.

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'info';

export interface LintArgs {
  command: 'lint';
  paths: string[];
  format: Format;
  failOn: FailOn;
  config?: string;
  language?: 'en' | 'ru';
  color: boolean | 'auto';
}

export type Parsed = LintArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

const choices = {
  format: ['text', 'json', 'sarif'],
  'fail-on': ['error', 'warning', 'info'],
  language: ['en', 'ru'],
} as const;

export function parseArgs(argv: string[]): Parsed {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'lint') return { command: 'error', message: `unknown command '${argv[0]}' (expected 'lint')` };
  const out: LintArgs = { command: 'lint', paths: [], format: 'text', failOn: 'error', color: 'auto' };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.paths.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--help' || a === '-h') return { command: 'help' };
    if (a === '--no-color') {
      out.color = false;
      continue;
    }
    if (a === '--color') {
      out.color = true;
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      let value = eq > 0 ? a.slice(eq + 1) : argv[i + 1];
      if (!['format', 'fail-on', 'config', 'language'].includes(name)) return { command: 'error', message: `unknown option '--${name}'` };
      if (value === undefined || (eq < 0 && value.startsWith('--'))) return { command: 'error', message: `option '--${name}' needs a value` };
      if (eq < 0) i++;
      if (name in choices && !(choices[name as keyof typeof choices] as readonly string[]).includes(value)) {
        return { command: 'error', message: `--${name} must be one of ${choices[name as keyof typeof choices].join(', ')} (got '${value}')` };
      }
      if (name === 'format') out.format = value as Format;
      else if (name === 'fail-on') out.failOn = value as FailOn;
      else if (name === 'language') out.language = value as 'en' | 'ru';
      else out.config = value;
      value = '';
      continue;
    }
    out.paths.push(a);
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}

export const HELP = `Usage: dockwise lint [paths...] [options]

Lints Dockerfiles and Docker Compose files. Folders are searched for Dockerfile, *.Dockerfile,
Dockerfile.*, Dockerfile-*, Containerfile, compose*.y(a)ml and docker-compose*.y(a)ml.

Options:
  --format text|json|sarif     output format (default: text)
  --fail-on error|warning|info lowest severity that makes the exit code 1 (default: error)
  --config FILE                a .dockwise.yaml (default: ./.dockwise.yaml when present)
  --language en|ru             message language (default: from LANG)
  --no-color / --color         colour in text output (default: when stdout is a terminal)
  -h, --help                   this text
  -v, --version                the version

Exit codes: 0 nothing at or above --fail-on, 1 something is, 2 usage or configuration error.
`;
