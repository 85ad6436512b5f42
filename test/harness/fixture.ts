// Inline fixtures: `^^^ RuleId` lines annotate the columns of the line above (and are removed
// before parsing), `$0` marks the cursor, `//- /path` starts another file of a multi-file fixture.

export interface Annotation {
  ruleId: string;
  line: number;
  startCol: number;
  endCol: number;
}

export interface FixtureFile {
  path: string;
  text: string;
  annotations: Annotation[];
  cursor?: number;
}

const ANNOTATION = /^(\s*)(\^+)\s+([A-Z][A-Za-z0-9]*)\s*$/;

/** Parses one file's fixture text. */
export function parseFixtureText(src: string, path = '/ws/Dockerfile'): FixtureFile {
  const out: string[] = [];
  const annotations: Annotation[] = [];
  for (const line of src.split('\n')) {
    const m = ANNOTATION.exec(line);
    if (m && out.length > 0) {
      annotations.push({ ruleId: m[3], line: out.length - 1, startCol: m[1].length, endCol: m[1].length + m[2].length });
      continue;
    }
    out.push(line);
  }
  let text = out.join('\n');
  let cursor: number | undefined;
  const at = text.indexOf('$0');
  if (at >= 0) {
    cursor = at;
    text = text.slice(0, at) + text.slice(at + 2);
  }
  return { path, text, annotations, cursor };
}

/** Parses a fixture that may hold several files; without `//-` lines it is one file at `defaultPath`. */
export function parseFixture(src: string, defaultPath = '/ws/Dockerfile'): FixtureFile[] {
  if (!/^\/\/- /m.test(src)) return [parseFixtureText(src, defaultPath)];
  const files: FixtureFile[] = [];
  const parts = src.split(/^\/\/- (.+)\n/m);
  for (let i = 1; i < parts.length; i += 2) files.push(parseFixtureText(parts[i + 1].replace(/\n$/, '\n'), parts[i].trim()));
  return files;
}

/** Removes common leading indentation so fixtures can be indented in test code. */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}
