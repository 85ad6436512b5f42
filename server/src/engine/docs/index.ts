// Hover and rule documentation, compiled from Markdown files into the bundle by scripts/gen.mjs.
import { docs } from './docs.generated';
import type { Locale } from '../locale';

export type DocKey = string;

/** The Markdown for a key (`dockerfile/instruction.FROM`, `compose/services._.ports`, `rule/dockerfile/CopyToNonDirectory`). */
export function docFor(key: DocKey, locale: Locale): string | undefined {
  const d = docs[key];
  return d ? d[locale] || d.en : undefined;
}

export function hasDoc(key: DocKey): boolean {
  return key in docs;
}

export function allDocKeys(): string[] {
  return Object.keys(docs);
}

/** Where a rule's page lives, for `codeDescription.href`. */
export const RULE_DOCS_BASE = 'https://github.com/dockwise/dockwise/blob/main/docs/rules/';

/** The page of a rule in docs/rules/; a compose rule sharing its id with a Dockerfile rule gets a prefix. */
export function ruleDocUrl(ruleId: string, locale: Locale, kind: 'dockerfile' | 'compose' = 'dockerfile'): string {
  return `${RULE_DOCS_BASE}${rulePageName(ruleId, kind, locale)}`;
}

export function rulePageName(ruleId: string, kind: 'dockerfile' | 'compose', locale: Locale): string {
  const clash = kind === 'compose' && `rule/dockerfile/${ruleId}` in docs;
  return `${clash ? 'compose-' : ''}${ruleId}${locale === 'ru' ? '.ru' : ''}.md`;
}

/** A rule's documentation. */
export function ruleDoc(ruleId: string, kind: 'dockerfile' | 'compose', locale: Locale): string | undefined {
  return docFor(`rule/${kind}/${ruleId}`, locale);
}
