// Hover entry: picks the document kind's hover and adds the documentation of findings under the cursor.
import type { DockerfileModel } from './dockerfile/model';
import type { ComposeModel } from './compose/model';
import type { Finding, ProjectAccess } from './rule';
import type { Locale } from './locale';
import type { Span } from './text';
import type { Workspace } from './workspace';
import { hoverDockerfile } from './dockerfile/hover';
import { hoverCompose } from './compose/hover';

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
  return model.kind === 'dockerfile' ? hoverDockerfile(model, offset, locale, ctx) : hoverCompose(model, offset, locale, ctx);
}
