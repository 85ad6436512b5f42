// InvalidValueType: a value of the wrong kind for its key, still wrong once `${…}` with a known value is substituted.
import { defineComposeRule } from '../../rule';
import { reportSchema, type SchemaData } from './schemaReport';

export default defineComposeRule<SchemaData>({
  id: 'InvalidValueType',
  severity: 'error',
  message: { en: 'This value has the wrong type for its key.', ru: 'У значения неподходящий для этого ключа тип.' },
  check: (ctx) => reportSchema(ctx, 'InvalidValueType'),
});
