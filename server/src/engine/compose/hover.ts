// Compose hovers: the docs of the key (or enumerated value) under the cursor, found from its YAML
// path; live answers for service names and `${VAR}` values. File text is escaped.
import * as path from 'node:path';
import type { ComposeModel, CNode } from './model';
import type { HoverContext, HoverResult } from '../hover';
import type { Locale } from '../locale';
import type { Span } from '../text';
import { docFor } from '../docs';
import { codeBlock, inlineCode } from '../markdown';
import { pathAt, docKeyOf } from './path';
import { scanInterpolation, interpolate } from './interpolation';
import { loadProject, type ComposeProject } from './project';
import { ruleTokenAt } from '../ruleHover';

const t = (locale: Locale, en: string, ru: string) => (locale === 'ru' ? ru : en);

/** Keys whose value names a service. */
const SERVICE_REFS: ReadonlyArray<(p: ReadonlyArray<string | number>) => boolean> = [
  (p) => p[0] === 'services' && p[2] === 'depends_on' && p.length === 4,
  (p) => p[0] === 'services' && p[2] === 'links' && p.length === 4,
  (p) => p[0] === 'services' && p[2] === 'extends' && (p.length === 3 || p[3] === 'service'),
];

export function hoverCompose(model: ComposeModel, offset: number, locale: Locale, ctx: HoverContext): HoverResult | null {
  const line = model.doc.positionAt(offset).line;
  const lineText = model.doc.lineText(line);
  const hash = lineText.indexOf('#');
  if (hash >= 0 && /^\s*#/.test(lineText)) {
    const start = model.doc.lineStart(line);
    return ruleTokenAt(model.text, { start: start + hash, end: start + lineText.length }, offset, locale, 'compose');
  }
  const hit = pathAt(model, offset);
  if (!hit) return null;
  const key = docKeyOf(hit.path);
  if (hit.onKey) {
    // A service's own name shows its definition; a depends_on key names another service.
    if (hit.path[0] === 'services' && hit.path.length === 2) return serviceHover(model, String(hit.path[1]), hit.span, locale, ctx) ?? keyDoc(key, hit.span, locale);
    if (hit.path[0] === 'services' && hit.path[2] === 'depends_on' && hit.path.length === 4) {
      return serviceHover(model, String(hit.path[3]), hit.span, locale, ctx);
    }
    return keyDoc(key, hit.span, locale);
  }
  const node = hit.node;
  if (node?.type === 'scalar' && typeof node.value === 'string') {
    const interpolated = variableHover(model, node, offset, locale, ctx);
    if (interpolated) return interpolated;
    if (SERVICE_REFS.some((f) => f(hit.path))) return serviceHover(model, node.value, hit.span, locale, ctx);
    const valueDoc = docFor(`compose/${key}=${node.value}`, locale);
    if (valueDoc) return { markdown: valueDoc, range: hit.span };
  }
  return null;
}

function keyDoc(key: string, range: Span, locale: Locale): HoverResult | null {
  const md = docFor(`compose/${key}`, locale);
  return md ? { markdown: md, range } : null;
}

function project(model: ComposeModel, ctx: HoverContext): ComposeProject {
  return loadProject(model, ctx.project, ctx.ws);
}

function serviceHover(model: ComposeModel, name: string, range: Span, locale: Locale, ctx: HoverContext): HoverResult | null {
  const defs = project(model, ctx).services.get(name);
  if (!defs?.length) {
    return { markdown: t(locale, `No service ${inlineCode(name)} in this project.`, `Сервиса ${inlineCode(name)} в проекте нет.`), range };
  }
  const parts = defs.map((d) => {
    const span = { start: d.pair.keySpan.start, end: d.pair.value?.span.end ?? d.pair.keySpan.end };
    const lineStart = d.file.model.doc.positionAt(span.start);
    const text = d.file.model.text.slice(d.file.model.doc.lineStart(lineStart.line), span.end);
    const lines = text.trimEnd().split(/\r?\n/).slice(0, 25);
    const where = d.file.path === model.path ? t(locale, `line ${lineStart.line + 1}`, `строка ${lineStart.line + 1}`) : `${inlineCode(path.basename(d.file.path))}:${lineStart.line + 1}`;
    return `${t(locale, 'Service', 'Сервис')} ${inlineCode(name)} — ${where}\n\n${codeBlock(lines.join('\n'), 'yaml')}`;
  });
  return { markdown: parts.join('\n\n'), range };
}

function variableHover(model: ComposeModel, node: Extract<CNode, { type: 'scalar' }>, offset: number, locale: Locale, ctx: HoverContext): HoverResult | null {
  if (!node.value || typeof node.value !== 'string' || !node.value.includes('$')) return null;
  // Offsets inside a plain or quoted scalar: the raw source starts after an opening quote.
  const base = node.span.start + (node.quoted ? 1 : 0);
  const scan = scanInterpolation(node.source, base);
  const ref = scan.refs.find((r) => offset >= r.start && offset <= r.end);
  if (!ref) return null;
  const proj = project(model, ctx);
  const entry = proj.env.get(ref.name);
  const name = inlineCode(ref.name);
  const range = { start: ref.start, end: ref.end };
  const raw = model.text.slice(ref.start, ref.end);
  const resolved = interpolate(raw, proj.envValues);
  if (entry) {
    const rel = path.relative(path.dirname(model.path), entry.file) || entry.file;
    return {
      markdown: `${name} = ${inlineCode(entry.value)} — ${t(locale, 'from', 'из')} ${inlineCode(rel)}:${entry.line + 1}${resolved !== undefined && resolved !== entry.value ? `\n\n${t(locale, 'Result', 'Итог')}: ${inlineCode(resolved)}` : ''}`,
      range,
    };
  }
  if (resolved !== undefined) {
    return { markdown: `${name} ${t(locale, 'is not in .env; compose uses', 'нет в .env; compose подставит')} ${inlineCode(resolved)} ${t(locale, '(the default)', '(значение по умолчанию)')}.`, range };
  }
  return {
    markdown: t(locale, `${name} is not in .env and has no default: compose takes it from the shell, or uses an empty string.`, `${name} нет в .env и у неё нет значения по умолчанию: compose возьмёт её из окружения оболочки или подставит пустую строку.`),
    range,
  };
}

