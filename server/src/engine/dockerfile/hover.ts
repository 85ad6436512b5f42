// Dockerfile hovers: docs for the keyword, flag, mount option, directive or rule id under the cursor.
import type { DockerfileModel } from './model';
import type { HoverContext, HoverResult } from '../hover';
import type { Locale } from '../locale';
import { spanContains } from '../text';
import { docFor } from '../docs';

export function hoverDockerfile(model: DockerfileModel, offset: number, locale: Locale, _ctx: HoverContext): HoverResult | null {
  const doc = (key: string) => docFor(`dockerfile/${key}`, locale);
  for (const d of model.directives) {
    if (spanContains(d.span, offset)) {
      const md = doc(`directive.${d.name}`);
      if (md) return { markdown: md, range: d.span };
    }
  }
  const ins = model.instructionAt(offset);
  if (!ins) return null;
  if (spanContains(ins.keywordSpan, offset)) {
    const md = doc(`instruction.${ins.keyword}`);
    return md ? { markdown: md, range: ins.keywordSpan } : null;
  }
  for (const f of ins.flags) {
    if (spanContains(f.nameSpan, offset) || (f.nameSpan.start - 2 <= offset && offset < f.nameSpan.start)) {
      const md = doc(`flag.${ins.keyword}.${f.name.toLowerCase()}`);
      return md ? { markdown: md, range: f.span } : null;
    }
  }
  return null;
}
