// DuplicateKey: a key written twice in one mapping (compose's YAML parser refuses it), `<<` included;
// two merge keys become one `<<: [*a, *b]`.
import { isScalar, isAlias, isSeq, isMap, isPair, isDocument, type Pair, type YAMLMap } from 'yaml';
import { defineComposeRule } from '../../rule';
import type { TextEdit } from '../../text';

interface Data {
  first: number;
  /** For duplicate `<<`: the edits that merge them into one list, computed where the YAML tree is at hand. */
  mergeEdits?: TextEdit[];
}

const rangeOf = (n: unknown): [number, number] | undefined => {
  const r = (n as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : undefined;
};

export default defineComposeRule<Data>({
  id: 'DuplicateKey',
  severity: 'error',
  message: (d) => ({
    en: `This key is already set on line ${d.first + 1} of the same mapping; compose refuses duplicate keys. Keep one.`,
    ru: `Этот ключ уже задан в строке ${d.first + 1} того же словаря; compose не принимает повторяющиеся ключи. Оставьте один.`,
  }),
  check({ file, report }) {
    const { text, doc } = file;
    // Every written mapping, in document order (a plain walk: the library's visitor is several times slower).
    const walk = (node: unknown): void => {
      if (isMap(node)) {
        checkMap(node);
        for (const item of node.items) {
          walk(item.key);
          walk(item.value);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) {
          if (isPair(item)) {
            walk(item.key);
            walk(item.value);
          } else walk(item);
        }
      } else if (isPair(node)) {
        walk(node.key);
        walk(node.value);
      }
    };
    walk(isDocument(file.yaml) ? file.yaml.contents : null);

    function checkMap(map: YAMLMap) {
      const seen = new Map<string, Pair>();
      const nameOf = (key: unknown) => ((key as { source?: string }).source === '<<' ? '<<' : String((key as { value: unknown }).value));
      const merges = map.items.filter((i): i is Pair => isPair(i) && isScalar(i.key) && nameOf(i.key) === '<<');
      let fix: TextEdit[] | undefined | null = null;
      for (const item of map.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const name = nameOf(item.key);
        const prior = seen.get(name);
        if (!prior) {
          seen.set(name, item as Pair);
          continue;
        }
        const r = rangeOf(item.key);
        if (!r) continue;
        const first = doc.positionAt(rangeOf(prior.key)?.[0] ?? 0).line;
        report({ start: r[0], end: r[1] }, { data: { first, ...(name === '<<' && (fix ??= mergeFix(text, doc, merges)) ? { mergeEdits: fix } : {}) } });
      }
    }

    function mergeFix(src: string, d: typeof doc, pairs: Pair[]): TextEdit[] | undefined {
      const aliases: string[] = [];
      for (const p of pairs) {
        if (isAlias(p.value)) aliases.push(`*${p.value.source}`);
        else if (isSeq(p.value) && p.value.flow && p.value.items.every((i) => isAlias(i))) aliases.push(...p.value.items.map((i) => `*${(i as { source: string }).source}`));
        else return undefined;
      }
      const edits: TextEdit[] = [];
      const firstValue = rangeOf(pairs[0].value);
      if (!firstValue) return undefined;
      edits.push({ start: firstValue[0], end: firstValue[1], newText: `[${aliases.join(', ')}]` });
      for (const p of pairs.slice(1)) {
        const k = rangeOf(p.key);
        const v = rangeOf(p.value);
        if (!k || !v) return undefined;
        const line = d.positionAt(k[0]).line;
        // Only whole lines are removed: the key must start its line and the value end on it.
        if (d.positionAt(v[1]).line !== line || src.slice(d.lineStart(line), k[0]).trim() !== '') return undefined;
        if (src.slice(v[1], d.lineEnd(line)).trim() && !src.slice(v[1], d.lineEnd(line)).trim().startsWith('#')) return undefined;
        edits.push({ start: d.lineStart(line), end: d.lineEndWithBreak(line), newText: '' });
      }
      return edits;
    }
  },
  fix: {
    title: { en: 'Merge into one "<<: [...]" list', ru: 'Объединить в один список «<<: [...]»' },
    edits: ({ data }) => data?.mergeEdits ?? null,
  },
});
