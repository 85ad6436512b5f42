// UnknownKey: a key the Compose Specification does not have where it is written (typos, misplaced keys).
import { defineComposeRule } from '../../rule';
import { didYouMeanFixes } from '../../suggest';
import { reportSchema, type SchemaData } from './schemaReport';

export default defineComposeRule<SchemaData>({
  id: 'UnknownKey',
  severity: 'error',
  message: { en: 'This key is not part of the Compose Specification here.', ru: 'Такого ключа в этом месте спецификации Compose нет.' },
  check: (ctx) => reportSchema(ctx, 'UnknownKey'),
  fixes: ({ data }) => (data?.candidates && data.replace ? didYouMeanFixes(data.candidates, data.replace) : []),
});
