// Output formats of the CLI: compiler-style text, a JSON array, SARIF 2.1.0.
import type { DocumentKind, Finding } from '../engine/rule';
import type { TextDoc } from '../engine/text';
import { localize, type Locale } from '../engine/locale';
import { ruleDocUrl } from '../engine/docs';

export interface FileResult {
  /** Path as shown to the user (relative to the working folder when inside it). */
  file: string;
  kind: DocumentKind;
  doc: TextDoc;
  findings: Finding[];
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

export function toJsonFindings(results: FileResult[], locale: Locale): JsonFinding[] {
  return results.flatMap((r) =>
    r.findings.map((f) => {
      const s = r.doc.positionAt(f.range.start);
      const e = r.doc.positionAt(f.range.end);
      return {
        file: r.file,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        rule: f.ruleId,
        severity: f.severity,
        message: localize(f.message, locale),
      };
    }),
  );
}

const colors = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' } as const;

export function formatText(results: FileResult[], locale: Locale, color: boolean): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of toJsonFindings(results, locale)) {
    const sev = f.severity as keyof typeof colors;
    counts[sev]++;
    const label = color ? `${colors[sev]}${sev}\x1b[0m` : sev;
    const loc = color ? `\x1b[1m${f.file}:${f.line}:${f.column}\x1b[0m` : `${f.file}:${f.line}:${f.column}`;
    lines.push(`${loc}: ${label}: ${f.message} [${f.rule}]`);
  }
  const n = results.length;
  lines.push(
    `${n} file${n === 1 ? '' : 's'} checked: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info, ${counts.hint} hint(s)`,
  );
  return lines.join('\n') + '\n';
}

const sarifLevel = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function formatSarif(results: FileResult[], locale: Locale, version: string): string {
  const findings = toJsonFindings(results, locale);
  const kindOf = new Map(results.flatMap((r) => r.findings.map((f) => [f.ruleId, r.kind] as const)));
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dockwise',
            version,
            informationUri: 'https://github.com/dockwise/dockwise',
            rules: ruleIds.map((id) => ({ id, helpUri: ruleDocUrl(id, locale, kindOf.get(id)) })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: sarifLevel[f.severity as keyof typeof sarifLevel],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/') },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
