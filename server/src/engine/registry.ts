// Every rule, by id and by hadolint code; the list itself is generated from the rule folders.
import { rules } from './rules.generated';
import type { AnyRule, DocumentKind } from './rule';

export const allRules: readonly AnyRule[] = rules;

const byId = new Map<string, AnyRule>();
const byAlias = new Map<string, AnyRule[]>();
for (const r of rules) {
  if (byId.has(`${r.kind}:${r.id}`)) throw new Error(`duplicate rule id ${r.id}`);
  byId.set(`${r.kind}:${r.id}`, r);
  if (!byId.has(r.id)) byId.set(r.id, r);
  for (const a of r.aliases?.hadolint ?? []) byAlias.set(a.toUpperCase(), [...(byAlias.get(a.toUpperCase()) ?? []), r]);
}

export function ruleById(id: string, kind?: DocumentKind): AnyRule | undefined {
  return kind ? byId.get(`${kind}:${id}`) : byId.get(id);
}

export function rulesByAlias(code: string): AnyRule[] {
  return byAlias.get(code.toUpperCase()) ?? [];
}

export function rulesFor(kind: DocumentKind): AnyRule[] {
  return rules.filter((r) => r.kind === kind);
}

/** Every name a rule answers to in suppressions and settings. */
export function ruleNames(rule: AnyRule): string[] {
  return [rule.id, ...(rule.aliases?.hadolint ?? [])];
}

/** Whether a name written in a suppression comment or a setting is a known rule id or alias. */
export function isKnownRuleName(name: string): boolean {
  return byId.has(name) || byAlias.has(name.toUpperCase()) || ENGINE_RULE_IDS.includes(name);
}

/** Findings the engine itself makes, outside any rule. */
export const ENGINE_RULE_IDS = ['FileTooLarge', 'RuleFailed'];
