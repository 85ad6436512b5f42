// Expands a VS Code snippet body the way the editor inserts it when the user accepts every default: placeholders
// take their default text, choices their first option, mirrors the value of their placeholder. Variables and
// transforms are refused, so an unescaped `$` in a Dockerfile snippet (`$BUILDPLATFORM`) is caught, not guessed.

type Node =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'tabstop'; readonly index: number; readonly children: readonly Node[] | null }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] };

export class SnippetSyntaxError extends Error {}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  /** Parses until `stopAtBrace` meets an unescaped "}" (the end of a placeholder) or the end. */
  parse(stopAtBrace: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += c;
          this.pos += 1;
        }
        continue;
      }
      if (c === '}' && stopAtBrace) {
        flush();
        return nodes;
      }
      if (c === '$') {
        const node = this.dollar();
        if (node === null) {
          text += '$';
          continue;
        }
        flush();
        nodes.push(node);
        continue;
      }
      text += c;
      this.pos += 1;
    }
    if (stopAtBrace) throw new SnippetSyntaxError(`Unclosed placeholder in ${JSON.stringify(this.src)}`);
    flush();
    return nodes;
  }

  /** At a "$": a tabstop, placeholder or choice; null when the "$" is plain text (VS Code's rule for "$ " etc.). */
  private dollar(): Node | null {
    const rest = this.src.slice(this.pos);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]), children: null };
    }
    if (/^\$[_a-zA-Z]/.test(rest) || /^\$\{[_a-zA-Z]/.test(rest)) {
      throw new SnippetSyntaxError(`Snippet variable (or an unescaped "$") at ${JSON.stringify(rest.slice(0, 30))}: write \\$ for a literal dollar.`);
    }
    m = /^\$\{(\d+)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]), children: null };
    }
    m = /^\$\{(\d+)\|/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const options: string[] = [];
      let current = '';
      for (;;) {
        const c = this.src[this.pos];
        if (c === undefined) throw new SnippetSyntaxError('Unclosed choice');
        if (c === '\\' && (this.src[this.pos + 1] === ',' || this.src[this.pos + 1] === '|' || this.src[this.pos + 1] === '\\')) {
          current += this.src[this.pos + 1];
          this.pos += 2;
        } else if (c === ',') {
          options.push(current);
          current = '';
          this.pos += 1;
        } else if (c === '|' && this.src[this.pos + 1] === '}') {
          options.push(current);
          this.pos += 2;
          return { kind: 'choice', index: Number(m[1]), options };
        } else {
          current += c;
          this.pos += 1;
        }
      }
    }
    m = /^\$\{(\d+):/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const children = this.parse(true);
      this.pos += 1; // the closing "}"
      return { kind: 'tabstop', index: Number(m[1]), children };
    }
    if (/^\$\{\d+\//.test(rest)) throw new SnippetSyntaxError('Transforms are not supported by this expander');
    this.pos += 1;
    return null;
  }
}

export interface Expansion {
  readonly text: string;
  /** Default text per tabstop index, for checks on consistency. */
  readonly defaults: ReadonlyMap<number, readonly string[]>;
}

/** Expands `body` (the array of lines in a snippet file) with every default accepted. */
export function expandSnippet(body: string | readonly string[], overrides: ReadonlyMap<number, string> = new Map()): Expansion {
  const source = typeof body === 'string' ? body : body.join('\n');
  const nodes = new Parser(source).parse(false);
  const defaults = new Map<number, string[]>();
  const render = (list: readonly Node[], record: boolean): string =>
    list
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'choice') {
          const v = n.options[0] ?? '';
          if (record) defaults.set(n.index, [...(defaults.get(n.index) ?? []), v]);
          return v;
        }
        if (n.children === null) return '';
        const v = render(n.children, record);
        if (record) defaults.set(n.index, [...(defaults.get(n.index) ?? []), v]);
        return v;
      })
      .join('');
  render(nodes, true);
  const valueOf = (index: number): string => overrides.get(index) ?? defaults.get(index)?.[0] ?? '';
  // Every occurrence of an index shows the text of its first placeholder (a mirror); $0 is only the final cursor.
  const fill = (list: readonly Node[]): string =>
    list
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.index === 0) return n.kind === 'tabstop' && n.children !== null ? fill(n.children) : '';
        return valueOf(n.index);
      })
      .join('');
  return { text: fill(nodes), defaults };
}

/** Inserts an expanded snippet where a host text has `marker` on a line: later lines get that line's indentation. */
export function insertAt(host: string, marker: string, snippet: string): string {
  const lines = host.split('\n');
  const at = lines.findIndex((l) => l.includes(marker));
  if (at < 0) throw new Error(`marker ${marker} not in host`);
  const line = lines[at]!;
  const indent = /^\s*/.exec(line)![0];
  const [first, ...rest] = snippet.split('\n');
  const inserted = [line.replace(marker, first ?? ''), ...rest.map((l) => (l === '' ? '' : indent + l))];
  lines.splice(at, 1, ...inserted);
  return lines.join('\n');
}
