// DeprecatedExternalName: `external: {name: x}` on a network, volume, secret or config; the fix writes
// `external: true` with `name: x` beside it, which is what compose wants now.
import { defineComposeRule } from '../../rule';
import { get, pairOf, pairs } from '../model';
import type { TextEdit } from '../../text';
import { keyStartsLine, column } from './yamlEdit';

interface Data {
  edits?: TextEdit[];
}

const SECTIONS = ['networks', 'volumes', 'secrets', 'configs'];

export default defineComposeRule<Data>({
  id: 'DeprecatedExternalName',
  severity: 'warning',
  tags: ['deprecated'],
  message: {
    en: '"external.name" is deprecated: set "name:" on the resource and write "external: true".',
    ru: '«external.name» устарел: задайте «name:» у самого ресурса и напишите «external: true».',
  },
  check({ file, report }) {
    const { text, doc } = file;
    for (const section of SECTIONS) {
      for (const res of pairs(get(file.root, section))) {
        const ext = pairOf(res.value, 'external');
        const name = pairOf(ext?.value, 'name');
        if (!ext || !name || ext.merged || name.merged || !ext.value || !name.value) continue;
        let edits: TextEdit[] | undefined;
        const onlyName = pairs(ext.value).length === 1;
        const between = text.slice(ext.keySpan.end, ext.value.span.start);
        if (onlyName && !pairOf(res.value, 'name') && keyStartsLine(file, ext) && /^\s*:\s*$/.test(between)) {
          const end = ext.value.span.start + text.slice(ext.value.span.start, ext.value.span.end).trimEnd().length;
          const raw = text.slice(name.value.span.start, name.value.span.end).trimEnd();
          const indent = text.slice(doc.lineStart(doc.positionAt(ext.keySpan.start).line), ext.keySpan.start);
          if (/^[ \t]*$/.test(indent) && column(file, ext.keySpan.start) === indent.length) {
            edits = [{ start: ext.keySpan.end, end, newText: `: true${doc.eol}${indent}name: ${raw}` }];
          }
        }
        report(name.keySpan, { data: edits ? { edits } : {} });
      }
    }
  },
  fix: {
    title: { en: 'Use "name:" with "external: true"', ru: 'Заменить на «name:» и «external: true»' },
    edits: ({ data }) => data?.edits ?? null,
  },
});
