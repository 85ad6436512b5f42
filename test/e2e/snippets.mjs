// Expands a VS Code snippet body to the text it inserts when every placeholder keeps its default,
// so the snippet scenario can compare the editor's result with the extension's own snippet file.

/**
 * Tabstops (`$1`, `${1}`), placeholders (`${1:default}`, nested) and choices (`${1|a,b|}`, first option)
 * are supported; a tabstop without a default mirrors the default given elsewhere. Variables
 * (`$TM_FILENAME`) make the text depend on the editor, so they throw.
 * @param {string | string[]} body
 */
export function expandSnippet(body) {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const defaults = new Map();
  const pass = () => {
    let i = 0;
    const parse = (nested) => {
      let out = '';
      while (i < text.length) {
        const rest = text.slice(i);
        let m;
        if (rest[0] === '\\' && rest.length > 1 && '$}\\'.includes(rest[1])) { out += rest[1]; i += 2; continue; }
        if (nested && rest[0] === '}') { i++; return out; }
        if ((m = /^\$(\d+)|^\$\{(\d+)\}/.exec(rest))) {
          i += m[0].length; out += defaults.get(m[1] ?? m[2]) ?? ''; continue;
        }
        if ((m = /^\$\{(\d+):/.exec(rest))) {
          i += m[0].length;
          const v = parse(true);
          if (!defaults.has(m[1])) defaults.set(m[1], v);
          out += v; continue;
        }
        if ((m = /^\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/.exec(rest))) {
          i += m[0].length;
          const v = m[2].split(/(?<!\\),/)[0].replace(/\\(.)/g, '$1');
          if (!defaults.has(m[1])) defaults.set(m[1], v);
          out += v; continue;
        }
        if (/^\$\{?[A-Za-z_]/.test(rest)) throw new Error(`snippet variable ${/^\$\{?\w+/.exec(rest)[0]} is not supported`);
        out += rest[0]; i++;
      }
      return out;
    };
    return parse(false);
  };
  pass(); // first pass learns every default, so mirrors placed before their definition resolve too
  return pass();
}

/** Prefixes of a snippet file's entries, with their bodies, in file order. */
export function snippetEntries(json) {
  return Object.entries(json).flatMap(([name, s]) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).map((prefix) => ({ name, prefix, body: s.body })));
}
