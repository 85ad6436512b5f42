// A `$` compose cannot read as a variable: it refuses the whole file ("Invalid template").
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { edit } from '../../text';
import { interpolationErrors } from './variables';

export default defineComposeRule<{ detail: string }>({
  id: 'InvalidInterpolation',
  severity: 'error',
  message: (d) => fill({ en: 'Compose cannot interpolate this: {detail}. Write "$$" for a literal "$".', ru: 'Compose не может подставить переменную: {detail}. Чтобы получить сам символ «$», пишите «$$».' }, d),
  check(ctx) {
    for (const e of interpolationErrors(ctx.file)) ctx.report(e.span, { data: { detail: e.message } });
  },
  fix: {
    title: { en: 'Escape the "$" as "$$"', ru: 'Экранировать «$» как «$$»' },
    edits: ({ file, range }) => (file.text[range.start] === '$' ? [edit.insert(range.start, '$')] : null),
  },
});
