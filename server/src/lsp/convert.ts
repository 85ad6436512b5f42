// The one place where engine offsets become LSP positions and findings become diagnostics.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { DocumentKind, Finding, Severity } from '../engine/rule';
import type { TextDoc, Span } from '../engine/text';
import { localize, type Locale } from '../engine/locale';
import { ruleDocUrl } from '../engine/docs';

const severityMap: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries so that its code action can be computed without re-matching text. */
export interface DiagnosticData {
  ruleId: string;
  version: number;
  data?: unknown;
}

export function toRange(doc: TextDoc, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toSpan(doc: TextDoc, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

export function uriToPath(uri: string): string {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : u.path;
  } catch {
    return uri;
  }
}

export function pathToUri(p: string): string {
  return URI.file(p).toString();
}

export function toDiagnostic(
  doc: TextDoc,
  uri: string,
  kind: DocumentKind,
  f: Finding,
  locale: Locale,
  version: number,
  docsFor: (path: string) => TextDoc | undefined,
): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.range),
    severity: severityMap[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId, locale, kind) },
    source: 'dockwise',
    message: localize(f.message, locale),
    data: { ruleId: f.ruleId, version, data: f.data } satisfies DiagnosticData,
  };
  if (f.tags?.length) {
    d.tags = f.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  }
  if (f.related?.length) {
    d.relatedInformation = f.related.flatMap((r) => {
      const target = r.path ? docsFor(r.path) : doc;
      if (!target) return [];
      return [{ location: { uri: r.path ? pathToUri(r.path) : uri, range: toRange(target, r.range) }, message: localize(r.message, locale) }];
    });
  }
  return d;
}
