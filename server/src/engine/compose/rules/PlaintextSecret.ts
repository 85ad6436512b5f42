// A password, token or key written in plain text under `environment`: it ends up in Git and in
// `docker inspect` (the notes: secrets go to `.env` or compose `secrets:`, never into the file).
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import type { Span } from '../../text';
import { get, type CNode } from '../model';
import { interpolate } from '../interpolation';
import { ownServices, projectOf, subSpan, valueSpan } from './services';
import { envAddition } from './variables';

/** Words that make a variable name a secret, and suffixes that make it metadata about one. */
const SECRET_WORDS = /(?:^|_)(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|APIKEY|PRIVATE_KEY|ACCESS_KEY|SECRET_KEY|API_KEY|AUTH_KEY|CLIENT_SECRET|CREDENTIALS?)(?:_|$)/;
const NOT_SECRET = /(?:_(?:FILE|PATH|URL|URI|DIR|NAME|ID|EXPIRY|EXPIRES|EXPIRE|TTL|LENGTH|TYPE|METHOD|ENABLED|HEADER|FIELD|PARAM|LOCATION|POLICY|KIND|REQUIRED|HASH|ALGORITHM|ROTATION)$|ALLOW_EMPTY|RANDOM_ROOT)/;

export function isSecretName(name: string): boolean {
  const n = name.toUpperCase();
  return SECRET_WORDS.test(n) && !NOT_SECRET.test(n);
}

interface Data {
  key: string;
  /** The literal as compose reads it (after `$$` unescaping). */
  value: string;
  valueStart: number;
  valueEnd: number;
  envPath: string;
}

/** The value for `.env`: single quotes keep `$`, `#` and spaces literal; none when it holds a single quote or a line break. */
function dotenvValue(v: string): string | undefined {
  if (/['\r\n]/.test(v)) return undefined;
  return /^[A-Za-z0-9_./:@+,=-]*$/.test(v) ? v : `'${v}'`;
}

export default defineComposeRule<Data>({
  id: 'PlaintextSecret',
  severity: 'warning',
  message: (d) => fill({ en: '{key} holds a secret in plain text; it ends up in Git and in `docker inspect`. Move it to .env and write ${{key}} here, or use compose secrets.', ru: '{key} хранит секрет открытым текстом — он попадёт в Git и в `docker inspect`. Перенесите значение в .env и напишите здесь ${{key}} или используйте secrets в compose.' }, { key: d.key }),
  check(ctx) {
    const { file, report } = ctx;
    const project = projectOf(ctx);
    const seen = new Set<number>();
    const consider = (key: string, node: CNode, value: string, span: Span) => {
      if (!isSecretName(key) || seen.has(span.start)) return;
      if (value.trim() === '' || /^(?:true|false|yes|no|on|off|null)$/i.test(value)) return;
      const literal = interpolate(value, new Map());
      // Any variable means the value comes from elsewhere.
      if (literal === undefined || value.replace(/\$\$/g, '').includes('$')) return;
      seen.add(span.start);
      report(span, { data: { key, value: literal, valueStart: span.start, valueEnd: span.end, envPath: project.envPath } });
    };
    for (const svc of ownServices(file)) {
      const env = get(svc.value, 'environment');
      if (env?.type === 'map') {
        for (const p of env.pairs) {
          if (p.value?.type !== 'scalar' || p.value.value === null) continue;
          consider(p.key, p.value, String(p.value.value), valueSpan(file, p.value));
        }
      } else if (env?.type === 'seq') {
        for (const it of env.items) {
          if (it.type !== 'scalar' || typeof it.value !== 'string') continue;
          const eq = it.value.indexOf('=');
          if (eq <= 0) continue;
          consider(it.value.slice(0, eq), it, it.value.slice(eq + 1), subSpan(file, it, eq + 1, it.value.length));
        }
      }
    }
  },
  fixes: (ctx) => {
    const { data, file, ws, range } = ctx;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(data.key)) return [];
    const envText = ws.read(data.envPath);
    const existing = envText === undefined ? undefined : projectOf(ctx).env.get(data.key)?.value;
    const line = dotenvValue(data.value);
    if (line === undefined || (existing !== undefined && existing !== data.value)) return [];
    // The value must be exactly where the finding is (not a folded or escaped scalar).
    const written = file.text.slice(range.start, range.end);
    if (written !== String(data.value).replace(/\$/g, '$$$$') && written !== data.value) return [];
    return [
      {
        title: { en: `Move the value to .env as ${data.key}`, ru: `Перенести значение в .env как ${data.key}` },
        edits: [{ start: range.start, end: range.end, newText: `\${${data.key}}` }],
        files: existing === undefined ? [envAddition(ws, data.envPath, `${data.key}=${line}`)] : [],
        preferred: true,
      },
    ];
  },
});
