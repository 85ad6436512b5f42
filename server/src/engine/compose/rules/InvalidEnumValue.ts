// InvalidEnumValue: a value outside the set compose accepts (`restart: allways`, `condition: service_healty`).
import { defineComposeRule } from '../../rule';
import { didYouMeanFixes } from '../../suggest';
import { reportSchema, type SchemaData } from './schemaReport';

export default defineComposeRule<SchemaData>({
  id: 'InvalidEnumValue',
  severity: 'error',
  message: { en: 'This value is not one compose accepts here.', ru: 'Compose не принимает здесь такое значение.' },
  check: (ctx) => reportSchema(ctx, 'InvalidEnumValue'),
  fixes: ({ data }) => (data?.candidates && data.replace ? didYouMeanFixes(data.candidates, data.replace) : []),
});
