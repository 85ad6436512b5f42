// UnquotedPortMapping: an unquoted `HOST:CONTAINER` port; YAML 1.1 readers take `22:22` for a base-60
// number (1342), so it is a warning there and a hint for other mappings. The fix quotes it.
import { defineComposeRule } from '../../rule';
import { get, items, pairs } from '../model';

/** YAML 1.1's sexagesimal integers: every part after the first below 60. */
const BASE60 = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/;

export default defineComposeRule({
  id: 'UnquotedPortMapping',
  severity: 'warning',
  message: {
    en: 'Quote this port mapping: YAML 1.1 reads an unquoted "HOST:CONTAINER" of small numbers as one base-60 number.',
    ru: 'Возьмите отображение порта в кавычки: YAML 1.1 читает «HOST:CONTAINER» без кавычек из небольших чисел как одно число в base-60.',
  },
  check({ file, report }) {
    const seen = new Set<number>();
    for (const svc of pairs(get(file.root, 'services'))) {
      for (const it of items(get(svc.value, 'ports'))) {
        if (it.type !== 'scalar' || it.quoted || typeof it.value !== 'string' || !it.value.includes(':') || seen.has(it.span.start)) continue;
        if (file.text[it.span.start] === '"' || file.text[it.span.start] === "'") continue;
        seen.add(it.span.start);
        if (BASE60.test(it.value)) report(it.span);
        else
          report(it.span, {
            severity: 'hint',
            message: {
              en: 'Quote port mappings ("8080:80"): unquoted ones read differently in YAML 1.1 tools.',
              ru: 'Берите отображения портов в кавычки («"8080:80"»): без них инструменты на YAML 1.1 читают их иначе.',
            },
          });
      }
    }
  },
  fix: {
    title: { en: 'Quote the port mapping', ru: 'Взять в кавычки' },
    edits: ({ file, range }) => {
      const raw = file.text.slice(range.start, range.end);
      return /["'\\]/.test(raw) ? null : [{ start: range.start, end: range.end, newText: `"${raw}"` }];
    },
  },
});
