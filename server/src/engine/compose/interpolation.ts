// Compose's interpolation grammar: `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`,
// `${VAR:+a}`, `${VAR+a}`, nesting inside the default, and `$$` for a literal dollar.

export type Modifier = ':-' | '-' | ':?' | '?' | ':+' | '+';

export interface VarRef {
  name: string;
  /** Offsets relative to the start of the string. */
  start: number;
  end: number;
  nameStart: number;
  modifier?: Modifier;
  /** The text after the modifier (may itself hold references). */
  arg?: string;
  argStart?: number;
  braced: boolean;
}

export interface InterpolationError {
  message: string;
  start: number;
  end: number;
}

export interface Interpolated {
  refs: VarRef[];
  errors: InterpolationError[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/** Finds every variable reference (nested ones included) and every syntax error. */
export function scanInterpolation(s: string, base = 0): Interpolated {
  const refs: VarRef[] = [];
  const errors: InterpolationError[] = [];
  let i = 0;
  while (i < s.length) {
    const at = s.indexOf('$', i);
    if (at < 0) break;
    const next = s[at + 1];
    if (next === '$') {
      i = at + 2;
      continue;
    }
    if (next === '{') {
      const close = matchBrace(s, at + 2);
      if (close < 0) {
        errors.push({ message: 'unclosed "${"', start: base + at, end: base + s.length });
        break;
      }
      const inner = s.slice(at + 2, close);
      NAME.lastIndex = 0;
      const m = NAME.exec(inner);
      if (!m) {
        errors.push({ message: `invalid variable name in "\${${inner}}"`, start: base + at, end: base + close + 1 });
        i = close + 1;
        continue;
      }
      const rest = inner.slice(m[0].length);
      const mod = /^(:-|:\?|:\+|-|\?|\+)/.exec(rest);
      if (rest && !mod) {
        errors.push({ message: `invalid interpolation "\${${inner}}": unexpected "${rest[0]}" after the name`, start: base + at, end: base + close + 1 });
        i = close + 1;
        continue;
      }
      const ref: VarRef = { name: m[0], start: base + at, end: base + close + 1, nameStart: base + at + 2, braced: true };
      if (mod) {
        ref.modifier = mod[1] as Modifier;
        ref.arg = rest.slice(mod[1].length);
        ref.argStart = base + at + 2 + m[0].length + mod[1].length;
        const nested = scanInterpolation(ref.arg, ref.argStart);
        refs.push(...nested.refs);
        errors.push(...nested.errors);
      }
      refs.push(ref);
      i = close + 1;
      continue;
    }
    NAME.lastIndex = at + 1;
    const m = NAME.exec(s);
    if (m) {
      refs.push({ name: m[0], start: base + at, end: base + at + 1 + m[0].length, nameStart: base + at + 1, braced: false });
      i = at + 1 + m[0].length;
    } else {
      // Since compose-go#307 a `$` not followed by `$`, a name or `{` is kept literally (`$1`, `$(`, `a $`).
      i = at + 1;
    }
  }
  refs.sort((a, b) => a.start - b.start);
  return { refs, errors };
}

function matchBrace(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '$' && s[i + 1] === '$') {
      i++;
      continue;
    }
    if (s[i] === '$' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (s[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Evaluates a string with the variables known; returns undefined when the result depends on a
 * variable that is not known (compose would take it from the shell).
 */
export function interpolate(s: string, env: ReadonlyMap<string, string>): string | undefined {
  let out = '';
  let i = 0;
  let unknown = false;
  while (i < s.length) {
    const at = s.indexOf('$', i);
    if (at < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, at);
    if (s[at + 1] === '$') {
      out += '$';
      i = at + 2;
      continue;
    }
    if (s[at + 1] === '{') {
      const close = matchBrace(s, at + 2);
      if (close < 0) return undefined;
      const inner = s.slice(at + 2, close);
      NAME.lastIndex = 0;
      const m = NAME.exec(inner);
      if (!m) return undefined;
      const rest = inner.slice(m[0].length);
      const mod = /^(:-|:\?|:\+|-|\?|\+)/.exec(rest);
      const arg = mod ? rest.slice(mod[1].length) : '';
      const v = env.get(m[0]);
      const set = v !== undefined;
      const nonEmpty = set && v !== '';
      const evalArg = () => {
        const r = interpolate(arg, env);
        if (r === undefined) unknown = true;
        return r ?? '';
      };
      switch (mod?.[1]) {
        case ':-':
          out += nonEmpty ? v : evalArg();
          break;
        case '-':
          out += set ? v : evalArg();
          break;
        case ':+':
          out += nonEmpty ? evalArg() : '';
          break;
        case '+':
          out += set ? evalArg() : '';
          break;
        default:
          if (!set) unknown = true;
          out += v ?? '';
      }
      i = close + 1;
      continue;
    }
    NAME.lastIndex = at + 1;
    const m = NAME.exec(s);
    if (m) {
      const v = env.get(m[0]);
      if (v === undefined) unknown = true;
      out += v ?? '';
      i = at + 1 + m[0].length;
    } else {
      out += '$';
      i = at + 1;
    }
  }
  return unknown ? undefined : out;
}

/** Parses a `.env` file the way compose does (KEY=VALUE, quotes, `export`, comments). */
export function parseDotEnv(text: string): Map<string, { value: string; line: number }> {
  const out = new Map<string, { value: string; line: number }>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, line) => {
    const l = raw.trim();
    if (!l || l.startsWith('#')) return;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=\s*(.*))?$/.exec(l);
    if (!m) return;
    let v = m[2] ?? '';
    if (/^"/.test(v)) {
      const end = v.lastIndexOf('"');
      v = end > 0 ? v.slice(1, end).replace(/\\n/g, '\n').replace(/\\"/g, '"') : v.slice(1);
    } else if (/^'/.test(v)) {
      const end = v.lastIndexOf("'");
      v = end > 0 ? v.slice(1, end) : v.slice(1);
    } else {
      v = v.replace(/\s+#.*$/, '').trim();
    }
    out.set(m[1], { value: v, line });
  });
  return out;
}

/** Whether a reference sits inside another one's modifier argument. */
function enclosing(refs: readonly VarRef[], r: VarRef): VarRef[] {
  return refs.filter((o) => o !== r && o.argStart !== undefined && o.argStart <= r.start && r.end <= o.end - 1);
}

/**
 * The references compose would actually evaluate given what is known: a reference inside a
 * default is evaluated only when every enclosing variable may be unset (`:-`/`-`) or set (`:+`/`+`).
 */
export function evaluatedRefs(s: string, known: (name: string) => string | undefined): VarRef[] {
  const { refs } = scanInterpolation(s);
  return refs.filter((r) =>
    enclosing(refs, r).every((o) => {
      const v = known(o.name);
      switch (o.modifier) {
        case ':-':
          return v === undefined || v === '';
        case '-':
          return v === undefined;
        case ':+':
          return v === undefined || v !== '';
        case '+':
          return true;
        default:
          // `?`/`:?` messages are evaluated only when they are reported; ignore what is in them.
          return false;
      }
    }),
  );
}
