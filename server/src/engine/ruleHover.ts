// Hovers on rule names written in suppression comments (`# dockwise-ignore X`, `# check=skip=X`,
// `# hadolint ignore=DL3008`): the rule's documentation.
import type { HoverResult } from './hover';
import type { Locale } from './locale';
import type { Span } from './text';
import { docFor } from './docs';
import { ruleById, rulesByAlias } from './registry';

/** The documentation of the rule id or hadolint code under the cursor inside `span`, if any. */
export function ruleTokenAt(text: string, span: Span, offset: number, locale: Locale): HoverResult | null {
  const segment = text.slice(span.start, span.end);
  for (const m of segment.matchAll(/[A-Za-z][A-Za-z0-9]+/g)) {
    const start = span.start + m.index!;
    const end = start + m[0].length;
    if (offset < start || offset > end) continue;
    const rules = ruleById(m[0]) ? [ruleById(m[0])!] : rulesByAlias(m[0]);
    if (rules.length === 0) return null;
    const md = rules.map((r) => ruleDocHover(r.id, locale)).filter(Boolean).join('\n\n---\n\n');
    return md ? { markdown: md, range: { start, end } } : null;
  }
  return null;
}

/** A rule's documentation, for hovers. */
export function ruleDocHover(ruleId: string, locale: Locale): string | undefined {
  return docFor(`rule/${ruleId}`, locale);
}
