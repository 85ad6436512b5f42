// Compose hovers: docs for the key under the cursor, from its YAML path.
import type { ComposeModel } from './model';
import type { HoverContext, HoverResult } from '../hover';
import type { Locale } from '../locale';

export function hoverCompose(_model: ComposeModel, _offset: number, _locale: Locale, _ctx: HoverContext): HoverResult | null {
  return null;
}
