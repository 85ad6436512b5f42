// InvalidVolumeSpec: a short-syntax volume `[SOURCE:]TARGET[:MODE]` that compose refuses (too many
// colons, an empty part) or whose mode it would silently drop. Parsed like compose-go's ParseVolume.
import { defineComposeRule } from '../../rule';
import type { Msg } from '../../locale';
import { get, items, pairs } from '../model';
import { interpolate, scanInterpolation } from '../interpolation';
import { loadProject } from '../project';
import { subSpan } from './services';

const MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', 'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'consistent', 'cached', 'delegated']);
/** Stands for a variable whose value we do not know: never empty, never a colon. */
const UNKNOWN = '\u0001';

interface Problem {
  at: [number, number];
  message: Msg;
}

/** Splits on colons the way compose does: a one-letter part followed by ":" is a Windows drive. */
function split(spec: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let cur = '';
  let start = 0;
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === ':' && !(cur.length === 1 && /\p{L}/u.test(cur))) {
      parts.push({ text: cur, start });
      cur = '';
      start = i + 1;
    } else cur += c;
  }
  parts.push({ text: cur, start });
  return parts;
}

export function checkShortVolume(spec: string): Problem | undefined {
  if ([...spec].length <= 2) return undefined;
  const parts = split(spec);
  const empty = parts.findIndex((p) => p.text === '');
  if (empty >= 0) {
    const p = parts[empty];
    return {
      at: [Math.max(0, p.start - 1), Math.min(spec.length, p.start + 1)],
      message: { en: 'An empty part between colons.', ru: 'Пустая часть между двоеточиями.' },
    };
  }
  if (parts.length > 3) {
    return {
      at: [parts[3].start - 1, spec.length],
      message: { en: 'Too many colons: the short syntax is SOURCE:TARGET[:MODE].', ru: 'Слишком много двоеточий: краткий синтаксис — ИСТОЧНИК:ЦЕЛЬ[:РЕЖИМ].' },
    };
  }
  if (parts.length === 3 && !parts[2].text.includes(UNKNOWN)) {
    let offset = parts[2].start;
    for (const opt of parts[2].text.split(',')) {
      if (!MODES.has(opt)) {
        return {
          at: [offset, offset + opt.length],
          message: {
            en: `Unknown mode "${opt}" (compose would drop it): use ro, rw, z, Z, nocopy or a propagation mode.`,
            ru: `Неизвестный режим «${opt}» (compose его просто отбросит): используйте ro, rw, z, Z, nocopy или режим propagation.`,
          },
        };
      }
      offset += opt.length + 1;
    }
  }
  return undefined;
}

export default defineComposeRule({
  id: 'InvalidVolumeSpec',
  severity: 'error',
  message: { en: 'Compose cannot parse this volume.', ru: 'Compose не сможет разобрать этот том.' },
  check({ file, project, ws, report }) {
    const env = loadProject(file, project, ws).envValues;
    const seen = new Set<number>();
    for (const svc of pairs(get(file.root, 'services'))) {
      for (const v of items(get(svc.value, 'volumes'))) {
        if (v.type !== 'scalar' || typeof v.value !== 'string' || seen.has(v.span.start)) continue;
        seen.add(v.span.start);
        const raw = v.value;
        let spec = raw.includes('$') ? interpolate(raw, env) : raw;
        if (spec === undefined) {
          // Unknown variables stand in as a placeholder: only the literal structure is judged.
          const { refs, errors } = scanInterpolation(raw);
          if (errors.length) continue;
          let out = '';
          let pos = 0;
          for (const r of refs) {
            if (r.start < pos) continue;
            out += raw.slice(pos, r.start).replace(/\$\$/g, '$') + UNKNOWN;
            pos = r.end;
          }
          spec = out + raw.slice(pos).replace(/\$\$/g, '$');
        }
        const p = checkShortVolume(spec);
        if (p) report(spec === raw ? subSpan(file, v, p.at[0], p.at[1]) : v.span, { message: p.message });
      }
    }
  },
});
