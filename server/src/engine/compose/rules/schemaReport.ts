// Shared by the schema-derived rules: runs the one schema pass of a file (with the project's
// `.env` for interpolation) and reports that rule's share of it.
import type { CheckContext } from '../../rule';
import type { ComposeModel } from '../model';
import { loadProject } from '../project';
import { schemaFindings, type SchemaFinding, type SchemaRuleId } from '../schema';

export interface SchemaData {
  candidates?: string[];
  replace?: { start: number; end: number };
  value?: boolean;
}

/** The rules that `composeSchemaValidation: off` silences (another validator covers them). */
const gated: ReadonlySet<SchemaRuleId> = new Set<SchemaRuleId>(['UnknownKey', 'InvalidValueType', 'InvalidEnumValue']);

export function findingsOf(ctx: Pick<CheckContext<ComposeModel, SchemaData>, 'file' | 'project' | 'ws' | 'config'>, rule: SchemaRuleId): SchemaFinding[] {
  if (gated.has(rule) && ctx.config.composeSchemaValidation === 'off') return [];
  const env = loadProject(ctx.file, ctx.project, ctx.ws).envValues;
  return schemaFindings(ctx.file, env).filter((f) => f.rule === rule);
}

export function reportSchema(ctx: CheckContext<ComposeModel, SchemaData>, rule: SchemaRuleId): void {
  for (const f of findingsOf(ctx, rule)) {
    const data: SchemaData = {};
    if (f.candidates?.length) data.candidates = f.candidates;
    if (f.replace) data.replace = f.replace;
    if (f.value !== undefined) data.value = f.value;
    ctx.report(f.span, { message: f.message, data });
  }
}
