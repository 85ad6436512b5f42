// The compose model: one `yaml` parse per document version, with node ranges and comments kept.
import { parseDocument, LineCounter, type Document } from 'yaml';
import { TextDoc, type Span } from '../text';

export interface YamlProblem {
  message: string;
  span: Span;
  code: string;
  severity: 'error' | 'warning';
}

export interface ComposeModel {
  kind: 'compose';
  path: string;
  doc: TextDoc;
  text: string;
  yaml: Document.Parsed;
  lineCounter: LineCounter;
  /** Every YAML error and warning, each with its own range. */
  problems: YamlProblem[];
}

export function parseCompose(text: string, path = 'compose.yaml'): ComposeModel {
  const doc = new TextDoc(text);
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, {
    lineCounter,
    keepSourceTokens: true,
    uniqueKeys: false,
    merge: true,
    prettyErrors: false,
    strict: false,
  });
  const problems: YamlProblem[] = [];
  for (const [list, severity] of [
    [yaml.errors, 'error'],
    [yaml.warnings, 'warning'],
  ] as const) {
    for (const e of list) {
      const [s, en] = e.pos;
      problems.push({
        message: e.message.split('\n')[0],
        span: { start: Math.min(s, text.length), end: Math.min(Math.max(en, s), text.length) },
        code: e.code,
        severity,
      });
    }
  }
  return { kind: 'compose', path, doc, text, yaml, lineCounter, problems };
}
