// Validates a compose file against the Compose Specification schema (compiled at build time) and
// the value tables, and turns the results into findings with exact ranges and our own messages.
// One run per (file version, .env values), shared by every schema-derived rule.
import { validate as schemaValidate, knownKeys } from './schemaValidate.generated';
import type { CMap, CNode, CScalar, ComposeModel } from './model';
import type { Msg } from '../locale';
import type { Span } from '../text';
import { interpolate } from './interpolation';
import { suggest } from '../suggest';
import { PathTable, showPath, type Seg } from './schemaPaths';
import { castOk, enumOk, isDuration, valueChecks, durationPatterns, booleanPatterns, YAML11_BOOLEAN, type CastKind, type EnumSpec } from './schemaValues';

export type SchemaRuleId = 'UnknownKey' | 'InvalidValueType' | 'InvalidEnumValue' | 'InvalidDuration' | 'Yaml11Boolean';

export interface SchemaFinding {
  rule: SchemaRuleId;
  span: Span;
  message: Msg;
  /** Did-you-mean replacements for `replace` (UnknownKey, InvalidEnumValue). */
  candidates?: string[];
  /** What a replacement replaces: the key, or the scalar's text inside its quotes. */
  replace?: Span;
  /** Yaml11Boolean: the boolean meant. */
  value?: boolean;
}

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
const validator = schemaValidate as unknown as Validator;

const keyTable = new PathTable<string[]>(Object.entries(knownKeys as Record<string, string[]>));
const valueTable = new PathTable(valueChecks);
const durationTable = new PathTable(durationPatterns.map((p): [string, true] => [p, true]));
const booleanTable = new PathTable(booleanPatterns.map((p): [string, true] => [p, true]));

const cache = new WeakMap<ComposeModel, { env: ReadonlyMap<string, string>; list: SchemaFinding[] }>();

/** Every schema-derived finding of a file; `env` holds the project's `.env` values for interpolation. */
export function schemaFindings(model: ComposeModel, env: ReadonlyMap<string, string>): SchemaFinding[] {
  const hit = cache.get(model);
  if (hit && hit.env === env) return hit.list;
  const list = dedupe([...ajvFindings(model, env), ...valueFindings(model, env)]);
  cache.set(model, { env, list });
  return list;
}

function dedupe(list: SchemaFinding[]): SchemaFinding[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = `${f.rule}\0${f.span.start}\0${f.span.end}\0${f.message.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The data ajv sees: the resolved tree as plain values, `!reset` entries dropped (compose removes them first). */
function plain(node: CNode | null, budget: { left: number }): unknown {
  if (!node || --budget.left < 0) return null;
  if (node.type === 'scalar') return typeof node.value === 'bigint' ? Number(node.value) : node.value;
  if (node.type === 'seq') return node.items.filter((i) => i.tag !== '!reset').map((i) => plain(i, budget));
  const out: Record<string, unknown> = {};
  for (const p of node.pairs) if (p.value?.tag !== '!reset') out[p.key] = plain(p.value, budget);
  return out;
}

interface Located {
  node: CNode | null;
  path: Seg[];
  /** The key of the pair that holds the node (when it is a mapping value). */
  keySpan?: Span;
}

function locate(model: ComposeModel, instancePath: string): Located {
  const segs = instancePath ? instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : [];
  let node: CNode | null = model.root;
  const path: Seg[] = [];
  let keySpan: Span | undefined;
  for (const s of segs) {
    if (!node) break;
    if (node.type === 'map') {
      const pairs = node.pairs.filter((p) => p.key === s && p.value?.tag !== '!reset');
      const pair = pairs[pairs.length - 1];
      if (!pair) return { node: null, path, keySpan };
      node = pair.value;
      keySpan = pair.keySpan;
      path.push(s);
    } else if (node.type === 'seq') {
      const items = node.items.filter((i) => i.tag !== '!reset');
      node = items[Number(s)] ?? null;
      keySpan = undefined;
      path.push(Number(s));
    } else return { node: null, path, keySpan };
  }
  return { node, path, keySpan };
}

const typeNames: Record<string, Msg> = {
  string: { en: 'a string', ru: 'строкой' },
  number: { en: 'a number', ru: 'числом' },
  integer: { en: 'an integer', ru: 'целым числом' },
  boolean: { en: 'true or false', ru: 'true или false' },
  array: { en: 'a list', ru: 'списком' },
  object: { en: 'a mapping', ru: 'словарём (mapping)' },
  null: { en: 'empty', ru: 'пустым' },
};
const actualNames: Record<string, Msg> = {
  string: { en: 'a string', ru: 'строка' },
  number: { en: 'a number', ru: 'число' },
  boolean: { en: 'a boolean', ru: 'логическое значение' },
  array: { en: 'a list', ru: 'список' },
  object: { en: 'a mapping', ru: 'словарь' },
  null: { en: 'empty', ru: 'пусто' },
};

function jsonType(node: CNode | null): string {
  if (!node) return 'null';
  if (node.type === 'map') return 'object';
  if (node.type === 'seq') return 'array';
  const v = node.value;
  return v === null ? 'null' : typeof v === 'bigint' ? 'number' : typeof v === 'object' ? 'string' : typeof v;
}

function orList(names: string[], lang: 'en' | 'ru'): string {
  const uniq = [...new Set(names)];
  const words = uniq.map((t) => typeNames[t]?.[lang] ?? t);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${lang === 'en' ? 'or' : 'или'} ${words[words.length - 1]}`;
}

/** The text of a scalar inside its quotes (what a did-you-mean replaces). */
export function innerSpan(model: ComposeModel, node: CNode): Span {
  const s = node.span;
  if (node.type === 'scalar' && node.quoted && s.end - s.start >= 2) {
    const q = model.text[s.start];
    if ((q === '"' || q === "'") && model.text[s.end - 1] === q) return { start: s.start + 1, end: s.end - 1 };
  }
  return s;
}

/** A string scalar's value after interpolation; undefined when it depends on a variable we do not know. */
function effectiveString(node: CScalar, env: ReadonlyMap<string, string>): string | undefined {
  const s = String(node.value);
  return s.includes('$') ? interpolate(s, env) : s;
}

const hasVar = (node: CNode | null): boolean => node?.type === 'scalar' && typeof node.value === 'string' && node.value.includes('$');

function ajvFindings(model: ComposeModel, env: ReadonlyMap<string, string>): SchemaFinding[] {
  const root = model.root;
  if (!root || root.type !== 'map') return [];
  const data = plain(root, { left: 200_000 });
  if (validator(data)) return [];
  const errors = (validator.errors ?? []).slice();
  const below = (p: string, q: string) => q.startsWith(p + '/');
  const out: SchemaFinding[] = [];
  const typeErrors = new Map<string, string[]>();
  const substantive = errors.filter((e) => e.keyword !== 'type' && e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  for (const e of errors) {
    const at = e.instancePath;
    if (e.keyword === 'type') {
      // A branch of a oneOf that expected another type is noise when another branch got further.
      if (substantive.some((o) => o.instancePath === at || below(at, o.instancePath))) continue;
      if (errors.some((o) => o.keyword === 'type' && below(at, o.instancePath))) continue;
      const t = ([] as string[]).concat(e.params.type as string | string[]);
      typeErrors.set(at, [...(typeErrors.get(at) ?? []), ...t]);
      continue;
    }
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      if (e.params.passingSchemas != null) continue;
      if (errors.some((o) => o !== e && o.keyword !== 'oneOf' && o.keyword !== 'anyOf' && (o.instancePath === at || below(at, o.instancePath)))) continue;
      const loc = locate(model, at);
      if (loc.node && !hasVar(loc.node) && !(loc.node.type === 'scalar' && loc.node.value === null)) out.push(typeFinding(model, loc, { en: 'a value of an accepted form', ru: 'значением допустимого вида' }));
      continue;
    }
    const f = otherFinding(model, env, e);
    if (f) out.push(f);
  }
  for (const [at, types] of typeErrors) {
    const loc = locate(model, at);
    // An empty value (`environment:` with only a comment under it) is accepted by compose as unset.
    if (!loc.node || (loc.node.type === 'scalar' && loc.node.value === null)) continue;
    // InvalidDuration speaks for durations written as numbers.
    if (durationTable.lookup(loc.path) && loc.node.type === 'scalar') continue;
    if (hasVar(loc.node)) {
      const v = effectiveString(loc.node as CScalar, env);
      if (v === undefined) continue;
      if ((types.includes('number') || types.includes('integer')) && castOk(types.includes('integer') ? 'int' : 'float', v)) continue;
      if (types.includes('boolean') && castOk('bool', v)) continue;
      if (!types.includes('array') && !types.includes('object') && types.includes('string')) continue;
    }
    out.push(typeFinding(model, loc, { en: orList(types, 'en'), ru: orList(types, 'ru') }));
  }
  return out;
}

function typeFinding(model: ComposeModel, loc: Located, expected: Msg): SchemaFinding {
  const actual = actualNames[jsonType(loc.node)] ?? actualNames.null;
  const where = showPath(loc.path);
  return {
    rule: 'InvalidValueType',
    span: loc.node && loc.node.span.end > loc.node.span.start ? loc.node.span : loc.keySpan ?? loc.node?.span ?? { start: 0, end: 0 },
    message: {
      en: `${where} must be ${expected.en}, not ${actual.en}.`,
      ru: `Значение ${where} должно быть ${expected.ru}, а здесь ${actual.ru}.`,
    },
  };
}

/** A span on the first line of a mapping (for errors about the mapping as a whole). */
function headSpan(model: ComposeModel, loc: Located): Span {
  if (loc.keySpan) return loc.keySpan;
  const n = loc.node;
  if (!n) return { start: 0, end: 0 };
  if (n.type === 'map' && n.pairs.length) return n.pairs[0].keySpan;
  const line = model.doc.positionAt(n.span.start).line;
  return { start: n.span.start, end: Math.min(n.span.end, model.doc.lineEnd(line)) };
}

function otherFinding(model: ComposeModel, env: ReadonlyMap<string, string>, e: AjvError): SchemaFinding | undefined {
  const loc = locate(model, e.instancePath);
  const where = showPath(loc.path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const map = loc.node?.type === 'map' ? (loc.node as CMap) : undefined;
      const pairs = map?.pairs.filter((p) => p.key === key) ?? [];
      const pair = pairs.find((p) => !p.merged) ?? pairs[0];
      if (!pair) return undefined;
      const allowed = keyTable.lookup(loc.path);
      const place = loc.path.length ? `in "${where}"` : 'at the top level';
      const placeRu = loc.path.length ? `в «${where}»` : 'на верхнем уровне';
      if (!allowed) {
        return {
          rule: 'UnknownKey',
          span: pair.keySpan,
          message: {
            en: `"${key}" is not a valid name ${place}: use letters, digits, ".", "_" and "-".`,
            ru: `«${key}» — недопустимое имя ${placeRu}: можно буквы, цифры, «.», «_» и «-».`,
          },
        };
      }
      if (key.startsWith('x-')) {
        return {
          rule: 'UnknownKey',
          span: pair.keySpan,
          message: {
            en: `Extension fields ("${key}") are not allowed ${place}; move it to the top level or into a service.`,
            ru: `Поля-расширения («${key}») ${placeRu} не допускаются; перенесите его на верхний уровень или в сервис.`,
          },
        };
      }
      const candidates = suggest(key, allowed);
      const hint = candidates.length ? { en: ` Did you mean "${candidates[0]}"?`, ru: ` Возможно, имелось в виду «${candidates[0]}»?` } : { en: '', ru: '' };
      return {
        rule: 'UnknownKey',
        span: pair.keySpan,
        candidates,
        replace: pair.keySpan,
        message: {
          en: `"${key}" is not a Compose key ${place}.${hint.en}`,
          ru: `«${key}» — не ключ Compose ${placeRu}.${hint.ru}`,
        },
      };
    }
    case 'enum': {
      const node = loc.node;
      if (!node || node.type !== 'scalar') return undefined;
      const allowed = ((e.params.allowedValues as unknown[]) ?? []).map(String);
      const value = hasVar(node) ? effectiveString(node, env) : String(node.value);
      if (value === undefined || allowed.includes(value)) return undefined;
      return enumFinding(model, node, loc.path, value, allowed);
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      return {
        rule: 'InvalidValueType',
        span: headSpan(model, loc),
        message: { en: `${where} needs "${missing}".`, ru: `В ${where} не хватает ключа «${missing}».` },
      };
    }
    case 'pattern': {
      // pull_policy's schema pattern is unanchored; the value table checks it properly.
      if (loc.path[loc.path.length - 1] === 'pull_policy' || !loc.node || hasVar(loc.node)) return undefined;
      return {
        rule: 'InvalidValueType',
        span: loc.node.span,
        message: {
          en: `${where} does not have the required form (${String(e.params.pattern)}).`,
          ru: `Значение ${where} не соответствует нужному виду (${String(e.params.pattern)}).`,
        },
      };
    }
    case 'uniqueItems': {
      const i = Math.max(Number(e.params.i), Number(e.params.j));
      const item = loc.node?.type === 'seq' ? loc.node.items.filter((x) => x.tag !== '!reset')[i] : undefined;
      return {
        rule: 'InvalidValueType',
        span: item?.span ?? headSpan(model, loc),
        message: {
          en: `This entry repeats an earlier one in ${where}; compose refuses duplicates here.`,
          ru: `Этот элемент повторяет предыдущий в ${where}; compose не принимает здесь повторы.`,
        },
      };
    }
    default: {
      if (!loc.node || hasVar(loc.node)) return undefined;
      const limit = e.params.limit !== undefined ? ` ${String(e.params.comparison ?? '')} ${String(e.params.limit)}` : '';
      return {
        rule: 'InvalidValueType',
        span: loc.node.span,
        message: { en: `${where} is out of range (must be${limit}).`, ru: `Значение ${where} вне допустимых пределов (нужно${limit}).` },
      };
    }
  }
}

function enumFinding(model: ComposeModel, node: CScalar, path: Seg[], value: string, allowed: readonly string[]): SchemaFinding {
  const shown = allowed.filter((a) => !a.endsWith(':'));
  // `servce:db` is a typo of the `service:` form: compare the part before the colon.
  const colon = value.indexOf(':');
  const forms = allowed.filter((a) => a.endsWith(':'));
  const candidates =
    colon >= 0 && forms.length
      ? suggest(value.slice(0, colon + 1), forms).map((c) => c + value.slice(colon + 1))
      : suggest(value, shown);
  const key = String(path[path.length - 1] ?? '');
  const list = shown.map((a) => `"${a}"`).join(', ');
  const listRu = shown.map((a) => `«${a}»`).join(', ');
  const hint = candidates.length ? { en: ` Did you mean "${candidates[0]}"?`, ru: ` Возможно, имелось в виду «${candidates[0]}»?` } : { en: '', ru: '' };
  return {
    rule: 'InvalidEnumValue',
    span: node.span,
    replace: innerSpan(model, node),
    candidates,
    message: {
      en: `"${value}" is not a valid ${key}: expected ${list}.${hint.en}`,
      ru: `«${value}» — недопустимое значение ${key}: ожидается ${listRu}.${hint.ru}`,
    },
  };
}

const castNames: Record<CastKind, Msg> = {
  int: { en: 'an integer', ru: 'целым числом' },
  float: { en: 'a number', ru: 'числом' },
  bool: { en: 'true or false', ru: 'true или false' },
  bytes: { en: 'a size such as 512m or 2g', ru: 'размером вида 512m или 2g' },
};

/** The value-table checks: casts, durations, open enumerations, and YAML 1.1 booleans. */
function valueFindings(model: ComposeModel, env: ReadonlyMap<string, string>): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  valueTable.walk(model.root, (node, checks, path) => {
    if (node.type !== 'scalar' || node.value === null) return;
    const where = showPath(path);
    for (const c of checks) {
      if (c.kind === 'duration') {
        if (typeof node.value === 'number' || typeof node.value === 'bigint') {
          out.push({
            rule: 'InvalidDuration',
            span: node.span,
            message: {
              en: `${where}: ${node.source} has no unit; write it as a duration such as ${node.source}s.`,
              ru: `${where}: у ${node.source} нет единиц; запишите длительность, например ${node.source}s.`,
            },
          });
          continue;
        }
        if (typeof node.value !== 'string') continue;
        const v = effectiveString(node, env);
        if (v === undefined || isDuration(v)) continue;
        out.push({
          rule: 'InvalidDuration',
          span: node.span,
          message: {
            en: `${where}: "${v}" is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. 10s or 1m30s.`,
            ru: `${where}: «${v}» — не длительность; нужно число с единицей (ns, us, ms, s, m, h), например 10s или 1m30s.`,
          },
        });
        continue;
      }
      if (typeof node.value !== 'string') continue;
      const v = effectiveString(node, env);
      if (v === undefined) continue;
      if (c.kind === 'cast') {
        if (castOk(c.as, v)) continue;
        out.push({
          rule: 'InvalidValueType',
          span: node.span,
          message: {
            en: `${where} must be ${castNames[c.as].en}; "${v}" is not.`,
            ru: `Значение ${where} должно быть ${castNames[c.as].ru}, а «${v}» им не является.`,
          },
        });
      } else if (c.kind === 'enum') {
        const f = enumCheck(model, node, path, v, c.spec);
        if (f) out.push(f);
      }
    }
  });
  booleanTable.walk(model.root, (node) => {
    if (node.type !== 'scalar' || typeof node.value !== 'string' || !YAML11_BOOLEAN.test(node.value)) return;
    const value = /^(?:y|yes|on)$/i.test(node.value);
    out.push({
      rule: 'Yaml11Boolean',
      span: node.span,
      value,
      message: {
        en: `"${node.value}" is a YAML 1.1 boolean; compose reads YAML 1.2 and only tolerates it with a warning. Write ${value}.`,
        ru: `«${node.value}» — логическое значение YAML 1.1; compose читает YAML 1.2 и принимает его лишь с предупреждением. Пишите ${value}.`,
      },
    });
  });
  return out;
}

function enumCheck(model: ComposeModel, node: CScalar, path: Seg[], v: string, spec: EnumSpec): SchemaFinding | undefined {
  if (enumOk(spec, v)) {
    if (!spec.open || spec.values.includes(v) || /\d/.test(v)) return undefined;
    // An open enumeration (network_mode): a name one typo away from a mode is almost surely that mode.
    const near = suggest(v, spec.values.filter((x) => !x.endsWith(':')), { maxDistance: 1 });
    if (!near.length || v.length < 4) return undefined;
  }
  return enumFinding(model, node, path, v, spec.values);
}
