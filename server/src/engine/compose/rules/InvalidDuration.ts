// InvalidDuration: a healthcheck or deploy duration without a unit or with one Go's duration parser refuses.
import { defineComposeRule } from '../../rule';
import { reportSchema, type SchemaData } from './schemaReport';

export default defineComposeRule<SchemaData>({
  id: 'InvalidDuration',
  severity: 'error',
  message: { en: 'This is not a duration compose understands (e.g. 10s, 1m30s).', ru: 'Compose не поймёт такую длительность (пример: 10s, 1m30s).' },
  check: (ctx) => reportSchema(ctx, 'InvalidDuration'),
});
