// Hover entry: picks the document kind's hover and adds the documentation of findings under the cursor.
import type { DockerfileModel } from './dockerfile/model';
import type { ComposeModel } from './compose/model';
import type { Finding, ProjectAccess } from './rule';
import type { Locale } from './locale';
import type { Span } from './text';
import type { Workspace } from './workspace';
import { hoverDockerfile } from './dockerfile/hover';
import { hoverCompose } from './compose/hover';
import { ruleDoc } from './docs';

export interface HoverResult {
  /** Markdown; any text from the file in it is escaped. */
  markdown: string;
  range: Span;
}

export interface HoverContext {
  findings(): Finding[];
  project: ProjectAccess;
  ws: Workspace;
}

export function hoverAt(model: DockerfileModel | ComposeModel, offset: number, locale: Locale, ctx: HoverContext): HoverResult | null {
  if (offset < 0 || offset > model.text.length) return null;
  const base = model.kind === 'dockerfile' ? hoverDockerfile(model, offset, locale, ctx) : hoverCompose(model, offset, locale, ctx);
  // Findings under the cursor lead to their rule's documentation.
  const here = ctx.findings().filter((f) => offset >= f.range.start && offset <= f.range.end);
  const notes = [...new Set(here.map((f) => f.ruleId))].map((id) => ruleSummary(id, model.kind, locale)).filter((x): x is string => !!x);
  if (notes.length === 0) return base;
  const range = base?.range ?? here[0].range;
  return { markdown: [base?.markdown, ...notes].filter(Boolean).join('\n\n---\n\n'), range };
}

/** The first paragraph of a rule's documentation, under its id. */
function ruleSummary(ruleId: string, kind: 'dockerfile' | 'compose', locale: Locale): string | undefined {
  const md = ruleDoc(ruleId, kind, locale);
  if (!md) return undefined;
  const para = md
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !p.startsWith('#'));
  return para ? `**${ruleId}** — ${para}` : undefined;
}
