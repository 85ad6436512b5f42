// Hovers on rule names written in suppression comments (`# dockwise-ignore X`, `# check=skip=X`,
// `# hadolint ignore=DL3008`): the rule's documentation.
import type { HoverResult } from './hover';
import type { Locale } from './locale';
import type { Span } from './text';
import { ruleDoc } from './docs';
import type { DocumentKind } from './rule';
import { ruleById, rulesByAlias } from './registry';

/** The documentation of the rule id or hadolint code under the cursor inside `span`, if any. */
export function ruleTokenAt(text: string, span: Span, offset: number, locale: Locale, kind: DocumentKind): HoverResult | null {
  const segment = text.slice(span.start, span.end);
  for (const m of segment.matchAll(/[A-Za-z][A-Za-z0-9]+/g)) {
    const start = span.start + m.index!;
    const end = start + m[0].length;
    if (offset < start || offset > end) continue;
    const own = ruleById(m[0], kind) ?? ruleById(m[0]);
    const rules = own ? [own] : rulesByAlias(m[0]);
    if (rules.length === 0) return null;
    const md = rules.map((r) => ruleDoc(r.id, r.kind, locale)).filter(Boolean).join('\n\n---\n\n');
    return md ? { markdown: md, range: { start, end } } : null;
  }
  return null;
}
