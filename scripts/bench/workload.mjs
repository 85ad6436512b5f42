// Where the benchmark types and hovers: keystroke-sized edits and hover positions spread evenly over a document.

const DOCKERFILE_INSTRUCTIONS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'MAINTAINER']);

/** Lines an edit may touch: typing there changes a value or a word, not the file's skeleton (stage names, keys, heredoc ends, anchors). */
function editableLine(line) {
  const trimmed = line.trim();
  if (trimmed.length < 6) return false;
  if (/^(FROM\b|EOF$)/.test(trimmed) || trimmed.endsWith(':')) return false;
  if (/[&*]|<</.test(line)) return false;
  return /[A-Za-z][A-Za-z0-9_]{3,}/.test(line);
}

/**
 * `count` edits on distinct lines spread over the text, alternating typing one letter into a word
 * and deleting one letter of a word (a backspace). Each carries its LSP range, and the whole text
 * after it for servers that want full sync.
 */
export function planEdits(text, count) {
  const lines = text.split('\n');
  const used = new Set();
  const edits = [];
  const letters = 'etaoinsr';
  for (let k = 0; k < count; k++) {
    const target = Math.floor(((k + 0.5) * lines.length) / count);
    let line = -1;
    for (let distance = 0; distance < lines.length && line < 0; distance++) {
      for (const candidate of [target + distance, target - distance]) {
        if (candidate >= 0 && candidate < lines.length && !used.has(candidate) && editableLine(lines[candidate])) { line = candidate; break; }
      }
    }
    if (line < 0) break;
    used.add(line);
    const words = [...lines[line].matchAll(/[A-Za-z][A-Za-z0-9_]{3,}/g)];
    const word = words[words.length - 1];
    const character = word.index + Math.floor(word[0].length / 2);
    let edit;
    if (k % 2 === 0) {
      const letter = letters[k % letters.length];
      edit = { range: { start: { line, character }, end: { line, character } }, text: letter };
      lines[line] = lines[line].slice(0, character) + letter + lines[line].slice(character);
    } else {
      edit = { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
      lines[line] = lines[line].slice(0, character) + lines[line].slice(character + 1);
    }
    edits.push({ ...edit, newText: lines.join('\n') });
  }
  return edits;
}

/** Positions found by `finders` (category -> (line, lineIndex) -> characters), `count` in all, evenly over the file and the categories. */
function spreadPositions(text, finders, count) {
  const lines = text.split('\n');
  const byCategory = Object.fromEntries(Object.keys(finders).map((name) => [name, []]));
  lines.forEach((line, index) => {
    for (const [name, find] of Object.entries(finders)) {
      for (const character of find(line, index)) byCategory[name].push({ category: name, position: { line: index, character } });
    }
  });
  const categories = Object.keys(byCategory).filter((name) => byCategory[name].length > 0);
  const positions = [];
  categories.forEach((name, i) => {
    const candidates = byCategory[name];
    const share = Math.floor(count / categories.length) + (i < count % categories.length ? 1 : 0);
    for (let k = 0; k < share; k++) positions.push(candidates[Math.floor(((k + 0.5) * candidates.length) / share)]);
  });
  return positions.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

const matchStarts = (line, regex, offset) => [...line.matchAll(regex)].map((m) => m.index + offset(m));

/** Hover targets in a Dockerfile: instruction keywords, flags, mount options, variables, stage names. */
export function dockerfileHoverPositions(text, count) {
  return spreadPositions(text, {
    instruction: (line) => {
      const word = line.match(/^([A-Z]+)\b/)?.[1];
      return word && DOCKERFILE_INSTRUCTIONS.has(word) ? [1] : [];
    },
    flag: (line) => matchStarts(line, /(?<=\s)--([a-z][a-z-]*)/g, () => 3),
    mountOption: (line) => (line.includes('--mount=') ? matchStarts(line, /[,=](type|target|id|source|sharing)=/g, () => 2) : []),
    variable: (line) => matchStarts(line, /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g, (m) => m[0].length - 1),
    stage: (line) => [
      ...matchStarts(line, /\bAS ([\w.-]+)/g, () => 4),
      ...matchStarts(line, /--from=([\w.-]+)/g, () => 8),
    ],
  }, count);
}

/** Hover targets in a compose file: service keys, nested keys, service names, variables, merge keys and aliases, values. */
export function composeHoverPositions(text, count) {
  return spreadPositions(text, {
    serviceKey: (line) => matchStarts(line, /^ {4}([a-z_]+):/g, () => 5),
    nestedKey: (line) => matchStarts(line, /^ {6,}([a-z_]+):/g, (m) => m[0].length - 2),
    serviceName: (line, index) => (/^ {2}[a-z][\w-]*:$/.test(line) && index > 0 ? [3] : []),
    variable: (line) => matchStarts(line, /\$\{([A-Za-z_][A-Za-z0-9_]*)/g, () => 3),
    mergeOrAlias: (line) => matchStarts(line, /<<|\*[a-z][\w-]*/g, () => 1),
    value: (line) => matchStarts(line, /\b(condition|image|target|context|driver|restart): (\S)/g, (m) => m[0].length - 1),
  }, count);
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 50);
