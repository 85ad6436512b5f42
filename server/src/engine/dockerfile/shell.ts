// Shell commands of RUN (and CMD/ENTRYPOINT/HEALTHCHECK CMD) split into simple commands with exact
// source spans, so rules match real commands and arguments, never substrings of quotes or comments.
//
// API (everything is pure and cached per instruction in a WeakMap):
//   shellOf(file, ins) -> ShScript | null   the commands of one RUN / CMD / ENTRYPOINT / HEALTHCHECK CMD
//   parseShell(text, base?) -> ShCommand[]  a free-standing shell string (offsets start at `base`)
//   findCommand(run, name | names, ...subcommands) -> ShCommand[]   `findCommand(run, 'apt-get', 'install')`
//   positionals(cmd) / subcommand(cmd, i)   non-flag arguments, skipping values of flags that take one
//   hasFlag(cmd, '-y', '--yes', …)          long flags, `--flag=value`, short flags inside clusters (`-qy`)
//   flagValue(cmd, '-r', '--requirement')   the value word of a flag (`-r x`, `-rx`, `--requirement=x`)
//   packageInstalls(run)                    apt/apk/yum/dnf/microdnf/zypper installs and their packages
//   isPosixShell(file, ins)                 whether RUN of that instruction runs in a POSIX shell
// A command's `argv` starts after variable assignments and wrappers (`env X=1`, `sudo`, `nice`…);
// `words` keeps everything as written. Offsets are into the Dockerfile text; spans never cross
// into removed text (line continuations, comment lines inside a continued instruction).
import type { Span } from '../text';
import type { DfInstruction, DockerfileModel } from './model';

export interface ShWord {
  /** The word after quote removal; `$VAR`, `$(…)` and backquotes are kept as written. */
  value: string;
  /** Exact source span of the word (quotes included). */
  span: Span;
  /** Part of the word was quoted or escaped. */
  quoted: boolean;
  /** The word holds an unquoted or double-quoted expansion (`$X`, `$(…)`, backquotes). */
  dynamic: boolean;
}

export interface ShAssignment {
  name: string;
  value: string;
  span: Span;
}

export interface ShRedirect {
  /** `>`, `>>`, `2>`, `<`, `<<`, `&>`, … as written (fd digits included). */
  op: string;
  target: ShWord | null;
  span: Span;
}

/** The operator after a command: how it joins the next one (`\n` separates lines of a script). */
export type ShOperator = '&&' | '||' | ';' | '|' | '|&' | '&' | '\n';

export interface ShCommand {
  /** The effective command: program then arguments, after assignments and wrappers. */
  argv: ShWord[];
  /** Every word as written, wrappers included (assignments and redirections excluded). */
  words: ShWord[];
  /** Wrapper programs in front of the command (`env`, `sudo`, `nice`, `time`…). */
  wrappers: ShWord[];
  /** `NAME=value` before the command, and those given to `env`. */
  assignments: ShAssignment[];
  redirects: ShRedirect[];
  /** Basename of argv[0] (`/usr/bin/apt-get` -> `apt-get`); '' when there is no program. */
  name: string;
  /** From the first to the last token of the command. */
  span: Span;
  /** The operator joining this command to the next; null at the end of its list. */
  next: ShOperator | null;
  /** The operator joining the previous command to this one; null at the start. */
  prev: ShOperator | null;
  /** 0 at the top level; more inside `$(…)`, backquotes and `sh -c '…'` strings. */
  depth: number;
  /** Where the command comes from. */
  origin: 'shell' | 'exec' | 'heredoc';
}

export interface ShScript {
  instruction: DfInstruction;
  /** Every simple command, in source order (nested ones after the command holding them). */
  commands: ShCommand[];
  /** False when the stage's SHELL is not a POSIX shell (PowerShell, cmd): then there are no commands. */
  posix: boolean;
  /** The SHELL the instruction runs with (`['/bin/sh', '-c']` by default). */
  shell: string[];
  /** Exec form (`RUN ["…"]`). */
  execForm: boolean;
}

// ---------------------------------------------------------------------------------------------
// Source text with an offset map: the lexer sees clean text, spans map back to the file.

interface Source {
  s: string;
  /** map[i] = file offset of s[i]; map[s.length] = offset just past the last char. */
  map: number[];
}

function spanOf(src: Source, start: number, end: number): Span {
  if (end <= start) {
    const at = src.map[Math.min(start, src.s.length)];
    return { start: at, end: at };
  }
  return { start: src.map[start], end: src.map[end - 1] + 1 };
}

/** Shell-form instruction text with Dockerfile line continuations and comment lines removed. */
function dockerfileSource(text: string, start: number, end: number, escapeChar: string): Source {
  let s = '';
  const map: number[] = [];
  let i = start;
  let atLineStart = false;
  while (i < end) {
    const c = text[i];
    if (atLineStart) {
      let j = i;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j < end && text[j] === '#') {
        while (j < end && text[j] !== '\n') j++;
        i = j + 1;
        continue;
      }
      if (j < end && (text[j] === '\n' || text[j] === '\r')) {
        i = text[j] === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1;
        continue;
      }
      atLineStart = false;
    }
    if (c === escapeChar) {
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (j >= end) {
        i = j;
        continue;
      }
      if (text[j] === '\n' || text[j] === '\r') {
        i = text[j] === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1;
        atLineStart = true;
        continue;
      }
      if (escapeChar === '\\' && (text[i + 1] === '\\' || text[i + 1] === escapeChar)) {
        // An escaped backslash is the shell's business: keep both characters.
        s += c + text[i + 1];
        map.push(i, i + 1);
        i += 2;
        continue;
      }
    }
    if (c === '\r' && text[i + 1] === '\n') {
      i++;
      continue;
    }
    s += c;
    map.push(i);
    i++;
  }
  map.push(map.length ? map[map.length - 1] + 1 : start);
  return { s, map };
}

function plainSource(text: string, base: number): Source {
  const map: number[] = new Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = base + i;
  return { s: text, map };
}

function subSource(src: Source, vmap: number[], value: string): Source {
  const map = vmap.map((k) => src.map[k]);
  map.push(vmap.length ? src.map[vmap[vmap.length - 1]] + 1 : src.map[0]);
  return { s: value, map };
}

// ---------------------------------------------------------------------------------------------
// Lexer.

interface WordTok {
  t: 'word';
  start: number;
  end: number;
  value: string;
  /** s-index of each char of value. */
  vmap: number[];
  quoted: boolean;
  dynamic: boolean;
  /** Ranges (s indices) of `$(…)` and backquote bodies, parsed as nested scripts. */
  subs: Array<[number, number]>;
}
interface OpTok {
  t: 'op';
  op: string;
  start: number;
  end: number;
}
interface RedirTok {
  t: 'redir';
  op: string;
  start: number;
  end: number;
}
type Tok = WordTok | OpTok | RedirTok;

const OPERATORS = ['&&', '||', ';;', ';&', '|&', ';', '&', '|', '(', ')'];
const REDIRECTS = ['&>>', '&>', '<<<', '<<-', '<<', '<&', '<>', '<', '>>', '>|', '>&', '>'];
const WORD_END = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const VAR_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAM = /[@*#?$!0-9-]/;

/**
 * Index after the `close` that ends a group opened just before `i` (`$(`, `((` with `(`/`)`, `${`
 * with `{`/`}`); quotes respected, and backquotes too inside parentheses.
 */
function skipNested(s: string, i: number, open: string, close: string): number {
  let depth = 1;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const j = s.indexOf("'", i + 1);
      i = j < 0 ? s.length : j + 1;
    } else if (c === '"') i = skipDouble(s, i + 1).end;
    else if (c === '`' && open === '(') i = skipBackquote(s, i + 1);
    else if (c === open) {
      depth++;
      i++;
    } else if (c === close) {
      depth--;
      i++;
      if (depth === 0) return i;
    } else i++;
  }
  return s.length;
}

function skipBackquote(s: string, i: number): number {
  while (i < s.length) {
    if (s[i] === '\\') i += 2;
    else if (s[i] === '`') return i + 1;
    else i++;
  }
  return s.length;
}

/** Scans a double-quoted body starting after the opening quote. */
function skipDouble(s: string, i: number, out?: { value: string; vmap: number[]; subs: Array<[number, number]>; dynamic: boolean }): { end: number } {
  while (i < s.length) {
    const c = s[i];
    if (c === '"') return { end: i + 1 };
    if (c === '\\') {
      const n = s[i + 1];
      if (n === '\n') {
        i += 2;
        continue;
      }
      if (n !== undefined && '$`"\\'.includes(n)) {
        if (out) {
          out.value += n;
          out.vmap.push(i + 1);
        }
        i += 2;
        continue;
      }
      if (out) {
        out.value += c;
        out.vmap.push(i);
      }
      i++;
      continue;
    }
    if (c === '$' || c === '`') {
      const e = expansionEnd(s, i, out?.subs);
      if (e > i + 1 || c === '`') {
        if (out) {
          for (let k = i; k < e; k++) {
            out.value += s[k];
            out.vmap.push(k);
          }
          out.dynamic = true;
        }
        i = e;
        continue;
      }
    }
    if (out) {
      out.value += c;
      out.vmap.push(i);
    }
    i++;
  }
  return { end: s.length };
}

/** End of an expansion starting at `i` (`$X`, `${…}`, `$(…)`, `$((…))`, backquotes); i+1 when none. */
function expansionEnd(s: string, i: number, subs?: Array<[number, number]>): number {
  if (s[i] === '`') {
    const e = skipBackquote(s, i + 1);
    subs?.push([i + 1, Math.max(i + 1, s[e - 1] === '`' ? e - 1 : e)]);
    return e;
  }
  const n = s[i + 1];
  if (n === '(') {
    if (s[i + 2] === '(') {
      const inner = skipNested(s, i + 3, '(', ')');
      return inner < s.length && s[inner] === ')' ? inner + 1 : inner;
    }
    const e = skipNested(s, i + 2, '(', ')');
    subs?.push([i + 2, s[e - 1] === ')' ? e - 1 : e]);
    return e;
  }
  if (n === '{') return skipNested(s, i + 2, '{', '}');
  if (n !== undefined && VAR_CHAR.test(n) && !/[0-9]/.test(n)) {
    let j = i + 1;
    while (j < s.length && VAR_CHAR.test(s[j])) j++;
    return j;
  }
  if (n !== undefined && SPECIAL_PARAM.test(n)) return i + 2;
  return i + 1;
}

interface PendingHeredoc {
  delim: string;
  stripTabs: boolean;
}

function lex(s: string): Tok[] {
  const toks: Tok[] = [];
  const pending: PendingHeredoc[] = [];
  let expectHeredocDelim: { stripTabs: boolean } | null = null;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && s[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '#') {
      while (i < s.length && s[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      toks.push({ t: 'op', op: '\n', start: i, end: i + 1 });
      i++;
      // Bodies of here-documents started on this line: skipped, they are data.
      while (pending.length) {
        const h = pending.shift()!;
        for (;;) {
          if (i >= s.length) break;
          let e = s.indexOf('\n', i);
          if (e < 0) e = s.length;
          let line = s.slice(i, e).replace(/\r$/, '');
          if (h.stripTabs) line = line.replace(/^\t+/, '');
          i = Math.min(s.length, e + 1);
          if (line === h.delim) break;
        }
      }
      continue;
    }
    // `2>`, `10>&1`: digits glued to a redirection are its file descriptor.
    let fdEnd = i;
    while (fdEnd < s.length && s[fdEnd] >= '0' && s[fdEnd] <= '9') fdEnd++;
    const redirAt = s[fdEnd] === '<' || s[fdEnd] === '>' ? fdEnd : s[i] === '&' && s[i + 1] === '>' ? i : -1;
    if (redirAt >= 0 && (fdEnd > i || redirAt === i)) {
      const r = REDIRECTS.find((op) => s.startsWith(op, redirAt));
      if (r) {
        toks.push({ t: 'redir', op: s.slice(i, redirAt + r.length), start: i, end: redirAt + r.length });
        if (r === '<<' || r === '<<-') expectHeredocDelim = { stripTabs: r === '<<-' };
        i = redirAt + r.length;
        continue;
      }
    }
    const op = OPERATORS.find((o) => s.startsWith(o, i));
    if (op) {
      toks.push({ t: 'op', op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    const w = lexWord(s, i);
    toks.push(w);
    if (expectHeredocDelim) {
      pending.push({ delim: w.value, stripTabs: expectHeredocDelim.stripTabs });
      expectHeredocDelim = null;
    }
    i = Math.max(w.end, i + 1);
  }
  return toks;
}

function lexWord(s: string, start: number): WordTok {
  const out = { value: '', vmap: [] as number[], subs: [] as Array<[number, number]>, dynamic: false };
  let quoted = false;
  let i = start;
  while (i < s.length) {
    const c = s[i];
    if (WORD_END.has(c) || c === '\r') break;
    if (c === '\\') {
      if (s[i + 1] === '\n') {
        i += 2;
        continue;
      }
      quoted = true;
      if (i + 1 < s.length) {
        out.value += s[i + 1];
        out.vmap.push(i + 1);
      }
      i += 2;
      continue;
    }
    if (c === "'") {
      quoted = true;
      let j = s.indexOf("'", i + 1);
      if (j < 0) j = s.length;
      for (let k = i + 1; k < j; k++) {
        out.value += s[k];
        out.vmap.push(k);
      }
      i = Math.min(s.length, j + 1);
      continue;
    }
    if (c === '"') {
      quoted = true;
      i = skipDouble(s, i + 1, out).end;
      continue;
    }
    if (c === '$' && s[i + 1] === "'") {
      quoted = true;
      let j = i + 2;
      while (j < s.length && s[j] !== "'") j += s[j] === '\\' ? 2 : 1;
      for (let k = i + 2; k < Math.min(j, s.length); k++) {
        out.value += s[k];
        out.vmap.push(k);
      }
      i = Math.min(s.length, j + 1);
      continue;
    }
    if (c === '$' || c === '`') {
      const e = expansionEnd(s, i, out.subs);
      if (e > i + 1 || c === '`') {
        for (let k = i; k < e; k++) {
          out.value += s[k];
          out.vmap.push(k);
        }
        out.dynamic = true;
        i = e;
        continue;
      }
    }
    out.value += c;
    out.vmap.push(i);
    i++;
  }
  return { t: 'word', start, end: i, value: out.value, vmap: out.vmap, quoted, dynamic: out.dynamic, subs: out.subs };
}

// ---------------------------------------------------------------------------------------------
// Parser: tokens -> simple commands.

/** Reserved words that may precede a command; the command starts after them. */
const PREFIX_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
/** Reserved words that close a compound command and are followed by an operator. */
const END_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

interface Wrapper {
  /** Options taking a value as the next word. */
  valued: string[];
  /** Positional arguments before the command (`timeout 10 cmd`, `gosu user cmd`). */
  positionals: number;
}

/** Programs that run the command after them; data, not code. */
const WRAPPERS: Record<string, Wrapper> = {
  env: { valued: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'], positionals: 0 },
  sudo: { valued: ['-u', '--user', '-g', '--group', '-h', '--host', '-p', '--prompt', '-C', '--close-from', '-D', '--chdir', '-r', '--role', '-t', '--type', '-U', '--other-user', '-T', '--command-timeout'], positionals: 0 },
  doas: { valued: ['-u', '-C'], positionals: 0 },
  nice: { valued: ['-n', '--adjustment'], positionals: 0 },
  nohup: { valued: [], positionals: 0 },
  time: { valued: ['-f', '--format', '-o', '--output'], positionals: 0 },
  exec: { valued: ['-a'], positionals: 0 },
  command: { valued: [], positionals: 0 },
  builtin: { valued: [], positionals: 0 },
  stdbuf: { valued: ['-i', '-o', '-e'], positionals: 0 },
  timeout: { valued: ['-s', '--signal', '-k', '--kill-after'], positionals: 1 },
  gosu: { valued: [], positionals: 1 },
  'su-exec': { valued: [], positionals: 1 },
  chroot: { valued: ['--userspec', '--groups'], positionals: 1 },
  ionice: { valued: ['-c', '-n', '-p'], positionals: 0 },
  xargs: { valued: ['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-procs', '--replace'], positionals: 0 },
};

/** POSIX shells: a heredoc fed to them, or their `-c` string, is shell script. */
const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

function basename(p: string): string {
  const k = p.lastIndexOf('/');
  return k >= 0 ? p.slice(k + 1) : p;
}

interface Builder {
  words: WordTok[];
  assigns: WordTok[];
  redirects: Array<{ op: RedirTok; target: WordTok | null }>;
  start: number;
  end: number;
}

function toWord(src: Source, w: WordTok): ShWord {
  return { value: w.value, span: spanOf(src, w.start, w.end), quoted: w.quoted, dynamic: w.dynamic };
}

function parseTokens(src: Source, depth: number, origin: ShCommand['origin']): ShCommand[] {
  const toks = lex(src.s);
  const out: ShCommand[] = [];
  const nested: ShCommand[][] = [];
  let cur: Builder | null = null;
  let skipWords = false; // inside the header of `for`/`select`/`case … in`
  let inCase = 0; // > 0: in a `case`; words before `)` are patterns
  let casePattern = false;
  let pendingRedirect: { op: RedirTok; target: WordTok | null } | null = null;
  let prevOp: ShOperator | null = null;

  const finish = (op: ShOperator | null) => {
    if (cur && (cur.words.length || cur.assigns.length || cur.redirects.length)) {
      const cmd = buildCommand(src, cur, depth, origin);
      cmd.prev = prevOp;
      cmd.next = op;
      out.push(cmd);
      prevOp = op;
      for (const w of cur.words) for (const sub of w.subs) nested.push(parseTokens(sliceSource(src, sub[0], sub[1]), depth + 1, origin));
      for (const w of cur.assigns) for (const sub of w.subs) nested.push(parseTokens(sliceSource(src, sub[0], sub[1]), depth + 1, origin));
    }
    cur = null;
  };

  for (const tok of toks) {
    if (tok.t === 'word') {
      if (pendingRedirect) {
        pendingRedirect.target = tok;
        cur!.end = tok.end;
        pendingRedirect = null;
        continue;
      }
      if (casePattern) {
        if (!tok.quoted && tok.value === 'esac' && inCase) {
          inCase--;
          casePattern = false;
        }
        continue;
      }
      if (skipWords) {
        if (inCase && !tok.quoted && tok.value === 'in') {
          skipWords = false;
          casePattern = true;
        }
        continue;
      }
      const first = !cur || cur.words.length === 0;
      if (first && !tok.quoted) {
        if (cur === null || cur.assigns.length === 0) {
          if (PREFIX_KEYWORDS.has(tok.value)) continue;
          if (END_KEYWORDS.has(tok.value)) {
            if (tok.value === 'esac' && inCase) {
              inCase--;
              casePattern = false;
            }
            continue;
          }
          if (tok.value === 'for' || tok.value === 'select') {
            skipWords = true;
            continue;
          }
          if (tok.value === 'case') {
            skipWords = true;
            inCase++;
            continue;
          }
        }
      }
      cur ??= { words: [], assigns: [], redirects: [], start: tok.start, end: tok.end };
      if (cur.words.length === 0 && ASSIGNMENT.test(src.s.slice(tok.start, tok.end))) cur.assigns.push(tok);
      else cur.words.push(tok);
      cur.end = tok.end;
      continue;
    }
    if (tok.t === 'redir') {
      cur ??= { words: [], assigns: [], redirects: [], start: tok.start, end: tok.end };
      pendingRedirect = { op: tok, target: null };
      cur.redirects.push(pendingRedirect);
      cur.end = tok.end;
      continue;
    }
    pendingRedirect = null;
    const op = tok.op;
    if (skipWords && (op === ';' || op === '\n')) {
      if (!inCase) skipWords = false;
      continue;
    }
    if (casePattern) {
      if (op === ')') casePattern = false;
      continue;
    }
    if (op === ';;' || op === ';&') {
      finish(';');
      if (inCase) casePattern = true;
      continue;
    }
    if (op === '(' || op === ')') {
      if (op === ')' || cur) finish(';');
      continue;
    }
    finish(op as ShOperator);
  }
  finish(null);
  // Commands after a newline with nothing following them end the list.
  if (out.length && out[out.length - 1].next === '\n') out[out.length - 1].next = null;
  const all: ShCommand[] = [];
  // Nested commands follow the top-level ones; keep source order overall.
  for (const c of out) all.push(c);
  for (const n of nested) all.push(...n);
  // `sh -c '…'` strings are scripts too.
  for (const c of out) all.push(...shellStringCommands(src, c, depth, origin));
  return all.sort((a, b) => a.span.start - b.span.start || a.depth - b.depth);
}

function sliceSource(src: Source, start: number, end: number): Source {
  return { s: src.s.slice(start, end), map: src.map.slice(start, end + 1) };
}

/** Words kept by buildCommand for `sh -c` re-parsing: vmap per word. */
const wordTokens = new WeakMap<ShWord, { tok: WordTok; src: Source }>();

function buildCommand(src: Source, b: Builder, depth: number, origin: ShCommand['origin']): ShCommand {
  const words = b.words.map((w) => {
    const sw = toWord(src, w);
    wordTokens.set(sw, { tok: w, src });
    return sw;
  });
  const assignments: ShAssignment[] = b.assigns.map((w) => assignmentOf(toWord(src, w)));
  const { argv, wrappers, envAssignments } = unwrap(words);
  return {
    argv,
    words,
    wrappers,
    assignments: [...assignments, ...envAssignments],
    redirects: b.redirects.map((r) => ({
      op: r.op.op,
      target: r.target ? toWord(src, r.target) : null,
      span: spanOf(src, r.op.start, r.target ? r.target.end : r.op.end),
    })),
    name: argv.length ? basename(argv[0].value) : '',
    span: spanOf(src, b.start, b.end),
    next: null,
    prev: null,
    depth,
    origin,
  };
}

function assignmentOf(w: ShWord): ShAssignment {
  const eq = w.value.indexOf('=');
  const name = w.value.slice(0, eq).replace(/\+$/, '');
  return { name, value: w.value.slice(eq + 1), span: w.span };
}

function unwrap(words: ShWord[]): { argv: ShWord[]; wrappers: ShWord[]; envAssignments: ShAssignment[] } {
  const wrappers: ShWord[] = [];
  const envAssignments: ShAssignment[] = [];
  let k = 0;
  while (k < words.length) {
    const name = basename(words[k].value);
    const w = Object.prototype.hasOwnProperty.call(WRAPPERS, name) ? WRAPPERS[name] : undefined;
    if (!w || words[k].quoted) break;
    // `command -v x` asks about x instead of running it.
    if ((name === 'command' || name === 'builtin') && words[k + 1] && /^-[vV]/.test(words[k + 1].value)) break;
    wrappers.push(words[k]);
    k++;
    let positionals = w.positionals;
    while (k < words.length) {
      const v = words[k].value;
      if (v === '--') {
        k++;
        break;
      }
      if (v.startsWith('-') && v.length > 1) {
        k += w.valued.includes(v) ? 2 : 1;
        continue;
      }
      if (name === 'env' && ASSIGNMENT.test(v)) {
        envAssignments.push(assignmentOf(words[k]));
        k++;
        continue;
      }
      if (positionals > 0) {
        positionals--;
        k++;
        continue;
      }
      break;
    }
  }
  return { argv: words.slice(k), wrappers, envAssignments };
}

/** Commands inside the string of `sh -c '…'` / `bash -c "…"`. */
function shellStringCommands(src: Source, cmd: ShCommand, depth: number, origin: ShCommand['origin']): ShCommand[] {
  if (!POSIX_SHELLS.has(cmd.name)) return [];
  for (let k = 1; k < cmd.argv.length; k++) {
    const v = cmd.argv[k].value;
    if (!/^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) continue;
    const script = cmd.argv[k + 1];
    const t = script && wordTokens.get(script);
    if (!t) return [];
    return parseTokens(subSource(t.src, t.tok.vmap, t.tok.value), depth + 1, origin);
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Instructions -> scripts.

interface JsonString {
  value: string;
  start: number;
  end: number;
  /** File offset of each char of value. */
  vmap: number[];
}

/** The strings of a JSON array in the text, with the offset of every decoded character. */
function jsonStrings(text: string, start: number, end: number): JsonString[] | null {
  const out: JsonString[] = [];
  let i = start;
  while (i < end && text[i] !== '[') i++;
  i++;
  while (i < end) {
    const c = text[i];
    if (c === ']') return out;
    if (c !== '"') {
      i++;
      continue;
    }
    const s0 = i;
    let value = '';
    const vmap: number[] = [];
    i++;
    while (i < end && text[i] !== '"') {
      if (text[i] === '\\') {
        const n = text[i + 1];
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };
        if (n === 'u') {
          value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0);
          vmap.push(i);
          i += 6;
        } else {
          value += simple[n] ?? n ?? '';
          vmap.push(i);
          i += 2;
        }
        continue;
      }
      value += text[i];
      vmap.push(i);
      i++;
    }
    i++;
    out.push({ value, start: s0, end: Math.min(i, end), vmap });
  }
  return null;
}

function effectiveShell(file: DockerfileModel, ins: DfInstruction): string[] {
  const seen = new Set<number>();
  let stageIndex = ins.stageIndex;
  let limit = ins.index;
  while (stageIndex >= 0 && !seen.has(stageIndex)) {
    seen.add(stageIndex);
    const stage = file.stages[stageIndex];
    for (let k = stage.instructions.length - 1; k >= 0; k--) {
      const i = stage.instructions[k];
      if (i.index >= limit) continue;
      if (i.keyword === 'SHELL' && i.execForm && i.execForm.length) return i.execForm;
    }
    if (stage.parentStage === null) {
      // Windows images run RUN with cmd unless a SHELL says otherwise.
      if (WINDOWS_IMAGE.test(stage.image ?? '')) return ['cmd', '/S', '/C'];
      break;
    }
    stageIndex = stage.parentStage;
    limit = Infinity;
  }
  return ['/bin/sh', '-c'];
}

const WINDOWS_IMAGE = /(^|\/)(windows|servercore|nanoserver)([/:@-]|$)|windowsservercore|dotnet\/framework/i;

/** True when a RUN at this instruction runs in a POSIX shell (the default `/bin/sh -c`). */
export function isPosixShell(file: DockerfileModel, ins: DfInstruction): boolean {
  const sh = effectiveShell(file, ins);
  return POSIX_SHELLS.has(basename(sh[0] ?? '').replace(/\.exe$/i, ''));
}

const cache = new WeakMap<DfInstruction, ShScript | null>();

/**
 * Scripts by parser node: an incremental parse keeps the node of an unchanged instruction (moved
 * copies share it), so its script is read once and only moved on later versions. The script also
 * depends on the SHELL in effect, which is part of the key.
 */
const byNode = new WeakMap<object, { base: number; shell: string; script: ShScript | null }>();

const SCRIPTED = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** A copy of a script for an instruction moved by `d` characters (words shared between lists stay shared). */
function moveScript(script: ShScript, ins: DfInstruction, d: number): ShScript {
  const mv = (s: Span): Span => ({ start: s.start + d, end: s.end + d });
  const words = new Map<ShWord, ShWord>();
  const word = (w: ShWord): ShWord => {
    let m = words.get(w);
    if (!m) words.set(w, (m = { ...w, span: mv(w.span) }));
    return m;
  };
  return {
    ...script,
    instruction: ins,
    commands: script.commands.map((c) => ({
      ...c,
      argv: c.argv.map(word),
      words: c.words.map(word),
      wrappers: c.wrappers.map(word),
      assignments: c.assignments.map((a) => ({ ...a, span: mv(a.span) })),
      redirects: c.redirects.map((r) => ({ ...r, target: r.target ? word(r.target) : null, span: mv(r.span) })),
      span: mv(c.span),
    })),
  };
}

/** The commands of a RUN, CMD, ENTRYPOINT or `HEALTHCHECK CMD`; null for other instructions. */
export function shellOf(file: DockerfileModel, ins: DfInstruction): ShScript | null {
  if (cache.has(ins)) return cache.get(ins)!;
  let result: ShScript | null = null;
  try {
    if (SCRIPTED.has(ins.keyword)) {
      const node = ins.node as object | undefined;
      const shell = effectiveShell(file, ins).join('\0');
      const hit = node ? byNode.get(node) : undefined;
      if (hit && hit.shell === shell) result = hit.script && moveScript(hit.script, ins, ins.span.start - hit.base);
      else {
        result = computeScript(file, ins);
        if (node) byNode.set(node, { base: ins.span.start, shell, script: result });
      }
    }
  } catch {
    // Never let odd input break a rule: an instruction we cannot read has no commands.
    result = null;
  }
  cache.set(ins, result);
  return result;
}

function computeScript(file: DockerfileModel, ins: DfInstruction): ShScript | null {
  if (!['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(ins.keyword)) return null;
  const shell = effectiveShell(file, ins);
  const posix = POSIX_SHELLS.has(basename(shell[0] ?? '').replace(/\.exe$/i, ''));
  let start: number;
  let execForm = ins.execForm !== null;
  if (ins.keyword === 'HEALTHCHECK') {
    const k = ins.args.findIndex((a) => a.value.toUpperCase() === 'CMD');
    if (k < 0 || k + 1 >= ins.args.length) return { instruction: ins, commands: [], posix, shell, execForm: false };
    start = ins.args[k + 1].span.start;
    execForm = file.text[start] === '[' && jsonStrings(file.text, start, ins.span.end) !== null;
  } else {
    if (!ins.argsSpan) return { instruction: ins, commands: [], posix, shell, execForm };
    start = ins.argsSpan.start;
  }
  const end = ins.span.end;
  if (execForm) {
    const strings = jsonStrings(file.text, start, end) ?? [];
    const words: ShWord[] = strings.map((s) => ({ value: s.value, span: { start: s.start, end: s.end }, quoted: true, dynamic: false }));
    if (!words.length) return { instruction: ins, commands: [], posix, shell, execForm };
    const { argv, wrappers, envAssignments } = unwrap(words);
    const cmd: ShCommand = {
      argv,
      words,
      wrappers,
      assignments: envAssignments,
      redirects: [],
      name: argv.length ? basename(argv[0].value) : '',
      span: { start: words[0].span.start, end: words[words.length - 1].span.end },
      next: null,
      prev: null,
      depth: 0,
      origin: 'exec',
    };
    const commands = [cmd];
    // `["sh", "-c", "…"]` runs a shell script after all.
    if (POSIX_SHELLS.has(cmd.name)) {
      const c = argv.findIndex((w, k) => k > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value));
      const js = c > 0 ? strings[words.indexOf(argv[c + 1])] : undefined;
      if (js) {
        const src: Source = { s: js.value, map: [...js.vmap, js.end - 1] };
        commands.push(...parseTokens(src, 1, 'exec'));
      }
    }
    return { instruction: ins, commands, posix: true, shell, execForm: true };
  }
  if (!posix) return { instruction: ins, commands: [], posix, shell, execForm: false };
  // The command line ends where the first heredoc body starts.
  let lineEnd = end;
  const bodies = ins.heredocs.filter((h) => h.contentSpan || h.endSpan);
  if (bodies.length) {
    const first = bodies[0].contentSpan ?? bodies[0].endSpan!;
    lineEnd = Math.max(start, Math.min(end, first.start));
  }
  const src = dockerfileSource(file.text, start, lineEnd, file.escapeChar);
  const commands = parseTokens(src, 0, 'shell');
  // Heredoc bodies are scripts when the command line is only `<<EOF` or feeds a shell.
  for (const h of ins.heredocs) {
    if (!h.contentSpan || !isScriptHeredoc(file, ins, commands, h.name, h.content)) continue;
    commands.push(...parseTokens(plainSource(h.content, h.contentSpan.start), 0, 'heredoc'));
  }
  return { instruction: ins, commands, posix, shell, execForm: false };
}

function isScriptHeredoc(file: DockerfileModel, ins: DfInstruction, lineCommands: ShCommand[], name: string, content: string): boolean {
  if (ins.keyword !== 'RUN') return false;
  const owner = lineCommands.find((c) => c.depth === 0 && c.redirects.some((r) => /<<-?$/.test(r.op) && r.target?.value === name));
  if (!owner) return false;
  if (owner.argv.length === 0) {
    // BuildKit runs a bare heredoc with its shebang when it has one.
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(content);
    if (!shebang) return true;
    const prog = basename(shebang[1]) === 'env' && shebang[2] ? shebang[2] : basename(shebang[1]);
    return POSIX_SHELLS.has(prog);
  }
  return POSIX_SHELLS.has(owner.name) && owner.argv.slice(1).every((w) => /^-[a-zA-Z]*$/.test(w.value) && !w.value.includes('c'));
}

/** Commands of a free-standing shell string (e.g. a compose healthcheck); offsets start at `base`. */
export function parseShell(text: string, base = 0): ShCommand[] {
  try {
    return parseTokens(plainSource(text, base), 0, 'shell');
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Queries.

/** Options that take a value as the next word, per program, before and between subcommands. */
const VALUED_OPTIONS: Record<string, string[]> = {
  'apt-get': ['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release', '-a', '--host-architecture'],
  apt: ['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-a'],
  apk: ['-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--repositories-file', '--keys-dir', '-t', '--virtual', '--cache-max-age', '--timeout'],
  yum: ['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-x', '--exclude', '--setopt'],
  dnf: ['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-x', '--exclude', '--setopt', '--repo', '--repoid'],
  microdnf: ['--enablerepo', '--disablerepo', '--setopt', '--config', '--installroot', '--releasever'],
  zypper: ['-c', '--config', '-R', '--root', '--installroot', '-D', '--reposd-dir', '-C', '--cache-dir', '-x', '-t', '--type', '-r', '--repo', '--from'],
  pip: ['-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-t', '--target', '--prefix', '--root', '-e', '--editable', '-f', '--find-links', '--src', '--cache-dir', '--log', '--proxy', '--timeout', '--retries', '--trusted-host', '--platform', '--python-version', '--implementation', '--abi', '--only-binary', '--no-binary', '--progress-bar', '--upgrade-strategy', '--cert', '--client-cert', '--exists-action', '--python'],
  npm: ['--prefix', '-C', '--workspace', '-w', '--omit', '--include', '--registry', '--cache', '--userconfig', '--loglevel', '--location', '--tag'],
  yarn: ['--cwd', '--modules-folder', '--cache-folder', '--mutex', '--network-timeout', '--registry'],
  pnpm: ['-C', '--dir', '--filter', '-F', '--store-dir', '--registry', '--reporter', '--loglevel'],
  go: ['-C', '-o', '-p', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-pkgdir', '-buildmode', '-compiler', '-overlay', '-pgo', '-exec', '-run', '-bench', '-timeout', '-count'],
  composer: ['-d', '--working-dir'],
  bundle: ['--gemfile', '--path', '--jobs', '-j', '--retry', '--without', '--with', '--binstubs'],
  cargo: ['--manifest-path', '--target', '--target-dir', '-p', '--package', '--bin', '--features', '-F', '-j', '--jobs', '--profile', '--color', '--config', '-Z'],
  mvn: ['-f', '--file', '-s', '--settings', '-gs', '--global-settings', '-P', '--activate-profiles', '-pl', '--projects', '-T', '--threads', '-l', '--log-file', '-rf', '--resume-from', '-t', '--toolchains'],
  gradle: ['-p', '--project-dir', '-b', '--build-file', '-c', '--settings-file', '-g', '--gradle-user-home', '-x', '--exclude-task', '-I', '--init-script', '--console', '--warning-mode'],
  poetry: ['-C', '--directory', '-P', '--project', '--only', '--with', '--without', '-E', '--extras'],
  curl: ['-o', '--output', '-H', '--header', '-u', '--user', '-d', '--data', '--data-raw', '--data-binary', '-X', '--request', '-A', '--user-agent', '-e', '--referer', '-b', '--cookie', '-c', '--cookie-jar', '-T', '--upload-file', '-K', '--config', '-x', '--proxy', '-w', '--write-out', '-m', '--max-time', '--connect-timeout', '--retry', '-F', '--form', '--cacert', '--cert', '--key', '-r', '--range', '--output-dir'],
  gem: ['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '--platform', '-g', '--file', '--build-root'],
  useradd: ['-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home-dir', '-s', '--shell', '-c', '--comment', '-k', '--skel', '-K', '--key', '-e', '--expiredate', '-f', '--inactive', '-p', '--password', '-b', '--base-dir', '-R', '--root', '-P', '--prefix', '-Z', '--selinux-user'],
  adduser: ['-u', '--uid', '-g', '--gid', '-G', '--ingroup', '-h', '--home', '-s', '--shell', '--gecos', '-k', '--skel', '--firstuid', '--lastuid', '--conf', '--comment', '--add-extra-groups'],
  ln: ['-t', '--target-directory', '-S', '--suffix'],
  wget: ['-O', '--output-document', '-o', '--output-file', '-P', '--directory-prefix', '-U', '--user-agent', '--header', '-t', '--tries', '-T', '--timeout', '-e', '--execute', '--user', '--password'],
};
VALUED_OPTIONS.pip3 = VALUED_OPTIONS.pip;
VALUED_OPTIONS.gradlew = VALUED_OPTIONS.gradle;
VALUED_OPTIONS.mvnw = VALUED_OPTIONS.mvn;

/** `python -m pip install …` is pip: the program name a command really runs. */
export function programOf(cmd: ShCommand): { name: string; args: ShWord[] } {
  if (/^python[0-9.]*$/.test(cmd.name)) {
    const m = cmd.argv.findIndex((w, k) => k > 0 && w.value === '-m');
    if (m > 0 && cmd.argv[m + 1] && cmd.argv.slice(1, m).every((w) => w.value.startsWith('-'))) {
      const mod = cmd.argv[m + 1].value;
      return { name: mod === 'pip3' ? 'pip' : mod, args: cmd.argv.slice(m + 2) };
    }
  }
  const name = cmd.name.replace(/^\.\//, '');
  if (/^pip[0-9.]*$/.test(name)) return { name: 'pip', args: cmd.argv.slice(1) };
  if (name === 'gradlew') return { name: 'gradle', args: cmd.argv.slice(1) };
  if (name === 'mvnw') return { name: 'mvn', args: cmd.argv.slice(1) };
  return { name, args: cmd.argv.slice(1) };
}

/** Arguments that are neither flags nor values of flags, in order. */
export function positionals(cmd: ShCommand): ShWord[] {
  const { name, args } = programOf(cmd);
  const valued = VALUED_OPTIONS[name] ?? [];
  const out: ShWord[] = [];
  let afterDashes = false;
  for (let k = 0; k < args.length; k++) {
    const v = args[k].value;
    if (afterDashes) {
      out.push(args[k]);
      continue;
    }
    if (v === '--') {
      afterDashes = true;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      if (!v.includes('=') && (valued.includes(v) || (/^-[A-Za-z]{2,}$/.test(v) && valued.includes('-' + v[v.length - 1])))) k++;
      continue;
    }
    out.push(args[k]);
  }
  return out;
}

/** The i-th positional argument (0: the subcommand of `apt-get install`). */
export function subcommand(cmd: ShCommand, i = 0): ShWord | undefined {
  return positionals(cmd)[i];
}

/**
 * Commands running `name` (or any of `names`) whose first positional arguments are `subs`
 * (`findCommand(run, 'go', 'mod', 'download')`). `pip3`, `python -m pip` count as `pip`.
 */
export function findCommand(run: ShScript | ShCommand[] | null, name: string | string[], ...subs: string[]): ShCommand[] {
  if (!run) return [];
  const list = Array.isArray(run) ? run : run.commands;
  const names = Array.isArray(name) ? name : [name];
  return list.filter((c) => {
    if (!names.includes(programOf(c).name) && !names.includes(c.name)) return false;
    if (!subs.length) return true;
    const pos = positionals(c);
    return subs.every((s, k) => pos[k]?.value === s);
  });
}

/** The flag words of a command (before `--`). */
function flagWords(cmd: ShCommand): ShWord[] {
  const { args } = programOf(cmd);
  const out: ShWord[] = [];
  for (const w of args) {
    if (w.value === '--') break;
    if (w.value.startsWith('-') && w.value.length > 1) out.push(w);
  }
  return out;
}

function matchesFlag(word: string, flag: string): boolean {
  if (word === flag) return true;
  if (flag.startsWith('--')) return word.startsWith(flag + '=');
  // A one-letter short flag may sit in a cluster (`-qy`); longer single-dash flags must match whole.
  if (flag.length === 2 && /^-[A-Za-z0-9]+$/.test(word) && !word.startsWith('--')) return word.includes(flag[1]);
  return false;
}

/** True when any of the flags is given (`--yes`, `--yes=true`, `-y` alone or in `-qy`). */
export function hasFlag(cmd: ShCommand, ...flags: string[]): boolean {
  return flagWords(cmd).some((w) => flags.some((f) => matchesFlag(w.value, f)));
}

/** The word holding the first of the flags, when given. */
export function flagWord(cmd: ShCommand, ...flags: string[]): ShWord | undefined {
  return flagWords(cmd).find((w) => flags.some((f) => matchesFlag(w.value, f)));
}

/** The value of a flag: `--flag=v`, `--flag v`, `-fv`, `-f v`; undefined when absent. */
export function flagValue(cmd: ShCommand, ...flags: string[]): { value: string; span: Span } | undefined {
  const { args } = programOf(cmd);
  for (let k = 0; k < args.length; k++) {
    const w = args[k];
    if (w.value === '--') break;
    for (const f of flags) {
      if (w.value === f && args[k + 1]) return { value: args[k + 1].value, span: args[k + 1].span };
      if (f.startsWith('--') && w.value.startsWith(f + '=')) {
        const v = w.value.slice(f.length + 1);
        return { value: v, span: { start: w.span.end - v.length, end: w.span.end } };
      }
      // A cluster ending in the flag takes the next word: `curl -fsSLo out url`.
      if (!f.startsWith('--') && f.length === 2 && /^-[A-Za-z]{2,}$/.test(w.value) && w.value.endsWith(f[1]) && args[k + 1]) {
        return { value: args[k + 1].value, span: args[k + 1].span };
      }
      if (!f.startsWith('--') && f.length === 2 && w.value.startsWith(f) && w.value.length > 2 && !w.value.startsWith('--')) {
        const v = w.value.slice(2);
        return { value: v, span: { start: w.span.end - v.length, end: w.span.end } };
      }
    }
  }
  return undefined;
}

export type PackageManager = 'apt' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper';

export interface PackageInstall {
  manager: PackageManager;
  command: ShCommand;
  /** The package words (version pins such as `curl=7.88*` kept). */
  packages: ShWord[];
}

/** Subcommands that install packages, per system package manager. */
const INSTALL_SUBCOMMANDS: Array<{ manager: PackageManager; programs: string[]; subs: string[] }> = [
  { manager: 'apt', programs: ['apt-get', 'apt', 'aptitude'], subs: ['install'] },
  { manager: 'apk', programs: ['apk'], subs: ['add'] },
  { manager: 'yum', programs: ['yum'], subs: ['install', 'groupinstall', 'localinstall'] },
  { manager: 'dnf', programs: ['dnf'], subs: ['install'] },
  { manager: 'microdnf', programs: ['microdnf'], subs: ['install'] },
  { manager: 'zypper', programs: ['zypper'], subs: ['install', 'in'] },
];

/** System package installs of a script and the packages each names. */
export function packageInstalls(run: ShScript | null): PackageInstall[] {
  if (!run) return [];
  const out: PackageInstall[] = [];
  for (const c of run.commands) {
    const entry = INSTALL_SUBCOMMANDS.find((e) => e.programs.includes(c.name));
    if (!entry) continue;
    const pos = positionals(c);
    if (!pos.length || !entry.subs.includes(pos[0].value)) continue;
    out.push({ manager: entry.manager, command: c, packages: pos.slice(1) });
  }
  return out;
}

/** The file text of a command or word. */
export function textOf(file: DockerfileModel, span: Span): string {
  return file.text.slice(span.start, span.end);
}
