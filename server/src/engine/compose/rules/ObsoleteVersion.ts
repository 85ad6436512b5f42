// ObsoleteVersion: the top-level `version` is ignored by compose (it only prints a warning); the fix removes it.
import { defineComposeRule } from '../../rule';
import { pairOf } from '../model';
import { removePair } from './yamlEdit';

export default defineComposeRule({
  id: 'ObsoleteVersion',
  severity: 'warning',
  tags: ['unnecessary'],
  message: {
    en: 'The top-level "version" is obsolete: compose ignores it and always uses the current specification. Remove it.',
    ru: 'Ключ верхнего уровня «version» устарел: compose его игнорирует и всегда применяет текущую спецификацию. Удалите его.',
  },
  check({ file, report }) {
    const pair = pairOf(file.root, 'version');
    if (!pair || pair.merged) return;
    const end = pair.value && pair.value.span.end > pair.keySpan.end ? pair.value.span.end : pair.keySpan.end;
    const line = file.doc.positionAt(pair.keySpan.start).line;
    report({ start: pair.keySpan.start, end: Math.min(end, file.doc.lineEnd(line)) });
  },
  fix: {
    title: { en: 'Remove "version"', ru: 'Удалить «version»' },
    edits: ({ file }) => {
      const pair = pairOf(file.root, 'version');
      const e = pair ? removePair(file, pair) : null;
      return e ? [e] : null;
    },
  },
});
