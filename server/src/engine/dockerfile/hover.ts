// Dockerfile hovers: the docs of the keyword, flag, mount option, directive, base image, tag or rule
// id under the cursor, and live answers for stage names and variables. File text is escaped.
import type { DfInstruction, DfStage, DockerfileModel } from './model';
import type { HoverContext, HoverResult } from '../hover';
import type { Locale } from '../locale';
import { spanContains, type Span } from '../text';
import { docFor } from '../docs';
import { codeBlock, inlineCode } from '../markdown';
import { lookupImage, parseImageRef, type ImageInfo } from './images';
import { variableIndex } from './variables';
import { ruleTokenAt } from '../ruleHover';

/** Short option names map to the option the docs describe. */
const MOUNT_OPTION_ALIASES: Record<string, string> = {
  dst: 'target',
  destination: 'target',
  src: 'source',
  readonly: 'ro',
  readwrite: 'rw',
};

const t = (locale: Locale, en: string, ru: string) => (locale === 'ru' ? ru : en);

export function hoverDockerfile(model: DockerfileModel, offset: number, locale: Locale, _ctx: HoverContext): HoverResult | null {
  const doc = (key: string) => docFor(`dockerfile/${key}`, locale);
  const hit = (key: string, range: Span): HoverResult | null => {
    const md = doc(key);
    return md ? { markdown: md, range } : null;
  };

  for (const d of model.directives) {
    if (!spanContains(d.span, offset)) continue;
    if (d.name === 'check' && spanContains(d.valueSpan, offset)) {
      const rule = ruleTokenAt(model.text, d.valueSpan, offset, locale, 'dockerfile');
      if (rule) return rule;
      const setting = /\b(skip|error)\s*=/.exec(model.text.slice(d.valueSpan.start, d.valueSpan.end));
      if (setting) return hit(`directive.check.${setting[1]}`, d.span);
    }
    return hit(`directive.${d.name}`, d.span);
  }
  for (const c of model.comments) {
    if (spanContains(c.span, offset)) return ruleTokenAt(model.text, c.span, offset, locale, 'dockerfile');
  }

  const ins = model.instructionAt(offset);
  if (!ins) return null;
  if (spanContains(ins.keywordSpan, offset)) return hit(`instruction.${ins.keyword}`, ins.keywordSpan);

  for (const f of ins.flags) {
    if (!spanContains(f.span, offset)) continue;
    const flagName = f.name.toLowerCase();
    if (flagName === 'mount' && f.valueSpan && offset >= f.valueSpan.start) {
      const type = (f.options.find((o) => o.name.toLowerCase() === 'type')?.value ?? 'bind').toLowerCase();
      for (const o of f.options) {
        if (!spanContains(o.span, offset)) continue;
        const name = o.name.toLowerCase();
        if (name === 'type') return hit(`mount.${type}`, o.span);
        if (name === 'from' && o.valueSpan && spanContains(o.valueSpan, offset) && o.value) {
          const stage = model.stageByName(o.value);
          if (stage) return stageHover(model, stage, o.valueSpan, locale);
        }
        return hit(`mount.${type}.${MOUNT_OPTION_ALIASES[name] ?? name}`, o.span);
      }
      return hit(`mount.${type}`, f.span);
    }
    if (flagName === 'from' && f.valueSpan && spanContains(f.valueSpan, offset) && f.value) {
      const stage = model.stageByName(f.value);
      if (stage) return stageHover(model, stage, f.valueSpan, locale);
    }
    return hit(`flag.${ins.keyword}.${flagName}`, f.span);
  }

  const variable = variableHover(model, ins, offset, locale);
  if (variable) return variable;

  if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.flags.some((f) => f.name.toLowerCase() === 'from')) {
    // The whole context as a source: what .dockerignore is for.
    const source = ins.args.slice(0, -1).find((a) => spanContains(a.span, offset) && /^\.\/?$/.test(a.value));
    if (source) return hit('context.dockerignore', source.span);
  }
  if (ins.keyword === 'FROM') {
    const stage = model.stages[ins.stageIndex];
    if (stage?.nameSpan && spanContains(stage.nameSpan, offset)) return stageHover(model, stage, stage.nameSpan, locale);
    if (stage?.imageSpan && stage.image && spanContains(stage.imageSpan, offset)) {
      if (stage.parentStage !== null) return stageHover(model, model.stages[stage.parentStage], stage.imageSpan, locale);
      return imageHover(stage.image, stage.imageSpan, locale);
    }
  }
  if (ins.keyword === 'HEALTHCHECK' || ins.keyword === 'ONBUILD') return hit(`instruction.${ins.keyword}`, ins.keywordSpan);
  return null;
}

/** Which doc describes an image, from the facts table (family, SDK) and its name. */
function imageDocKey(info: ImageInfo, raw: string): string | null {
  const name = raw.toLowerCase();
  if (info.family === 'scratch' || name === 'scratch') return 'image.scratch';
  if (/^cgr\.dev\/chainguard\/static\b/.test(name)) return 'image.chainguard-static';
  if (info.family === 'distroless' || name.includes('distroless')) return 'image.distroless';
  if (info.sdk && info.sdk !== 'unknown') return 'image.sdk';
  if (info.family === 'alpine' || /alpine/.test(name)) return 'image.alpine';
  if (info.family === 'busybox') return 'image.busybox';
  if (/[-:]slim\b|-slim-|slim$/.test(name)) return 'image.slim';
  if (info.family === 'debian' || info.family === 'ubuntu') return 'image.debian';
  return null;
}

function tagDocKey(raw: string): string {
  const ref = parseImageRef(raw);
  if (ref?.digest || raw.includes('@sha256:')) return 'tag.digest';
  if (!ref?.tag) return raw.toLowerCase() === 'scratch' ? '' : 'tag.none';
  return ref.tag === 'latest' ? 'tag.latest' : 'tag.pinned';
}

function imageHover(image: string, range: Span, locale: Locale): HoverResult | null {
  const info = lookupImage(image);
  const parts: string[] = [];
  const family = imageDocKey(info, image);
  if (family) {
    const md = docFor(`dockerfile/${family}`, locale);
    if (md) parts.push(md.trim());
  }
  const tagKey = tagDocKey(image);
  const tagMd = tagKey ? docFor(`dockerfile/${tagKey}`, locale) : undefined;
  if (tagMd) parts.push(tagMd.trim());
  if (info.known) {
    const yes = t(locale, 'yes', 'да');
    const no = t(locale, 'no', 'нет');
    const fact = (v: boolean | 'unknown') => (v === 'unknown' ? '?' : v ? yes : no);
    parts.unshift(
      `${inlineCode(image)} — ${t(locale, 'shell', 'оболочка')}: ${fact(info.shell)}, curl: ${fact(info.curl)}, wget: ${fact(info.wget)}, ${t(locale, 'package manager', 'пакетный менеджер')}: ${info.packageManager}, ${t(locale, 'user', 'пользователь')}: ${inlineCode(info.defaultUser)}`,
    );
  }
  return parts.length ? { markdown: parts.join('\n\n---\n\n'), range } : null;
}

function stageHover(model: DockerfileModel, stage: DfStage, range: Span, locale: Locale): HoverResult {
  const line = model.doc.lineText(stage.from.startLine);
  const uses: number[] = [];
  const lower = stage.name?.toLowerCase();
  for (const ins of model.instructions) {
    if (ins.stageIndex === stage.index && ins.keyword === 'FROM') continue;
    const refersByFrom = ins.keyword === 'FROM' && model.stages[ins.stageIndex]?.parentStage === stage.index;
    const refersByFlag = ins.flags.some(
      (f) =>
        (f.name.toLowerCase() === 'from' && f.value?.toLowerCase() === lower) ||
        (f.name.toLowerCase() === 'mount' && f.options.some((o) => o.name.toLowerCase() === 'from' && o.value?.toLowerCase() === lower)),
    );
    if (refersByFrom || refersByFlag) uses.push(ins.startLine + 1);
  }
  const title = t(locale, `Stage ${stage.index}`, `Стадия ${stage.index}`);
  const usedIn = uses.length
    ? t(locale, `Used on line ${uses.join(', ')}.`, `Используется в строке ${uses.join(', ')}.`)
    : t(locale, 'Not used by another stage.', 'Другие стадии её не используют.');
  const final = stage.index === model.stages.length - 1 ? t(locale, ' This is the final image.', ' Это итоговый образ.') : '';
  return {
    markdown: `**${title}**, ${t(locale, 'line', 'строка')} ${stage.from.startLine + 1}\n\n${codeBlock(line, 'dockerfile')}\n\n${usedIn}${final}`,
    range,
  };
}

function variableHover(model: DockerfileModel, ins: DfInstruction, offset: number, locale: Locale): HoverResult | null {
  const index = variableIndex(model);
  const ref = index.refs(ins).find((r) => spanContains(r.span, offset));
  if (!ref) return null;
  const def = index.lookup(ref.name, ins, ref.span.start);
  const name = inlineCode(ref.name);
  if (!def) {
    return {
      markdown: t(locale, `${name} is not defined here: the builder expands it to an empty string.`, `${name} здесь не определена: сборщик подставит пустую строку.`),
      range: ref.span,
    };
  }
  const where =
    def.instruction !== null
      ? t(locale, `declared by ${def.source === 'env' ? 'ENV' : 'ARG'} on line ${def.instruction.startLine + 1}`, `объявлена в ${def.source === 'env' ? 'ENV' : 'ARG'} на строке ${def.instruction.startLine + 1}`)
      : t(locale, 'predefined by the builder', 'задаётся самим сборщиком');
  const value =
    def.value === null
      ? t(locale, 'no default: set it with `--build-arg`', 'без значения по умолчанию: задайте через `--build-arg`')
      : `${t(locale, 'value', 'значение')} ${inlineCode(def.value)}`;
  return { markdown: `${name} — ${value}; ${where}.`, range: ref.span };
}

