// Yaml11Boolean: `yes/no/on/off` where compose means a boolean: YAML 1.2 reads them as strings and compose only tolerates them.
import { defineComposeRule } from '../../rule';
import { edit } from '../../text';
import { reportSchema, type SchemaData } from './schemaReport';

export default defineComposeRule<SchemaData>({
  id: 'Yaml11Boolean',
  severity: 'warning',
  message: { en: 'Write true or false: yes/no/on/off are not booleans in YAML 1.2.', ru: 'Пишите true или false: yes/no/on/off в YAML 1.2 не логические значения.' },
  check: (ctx) => reportSchema(ctx, 'Yaml11Boolean'),
  fix: {
    title: (data) => ({ en: `Write ${data?.value ?? ''}`, ru: `Написать ${data?.value ?? ''}` }),
    edits: ({ data, range }) => (typeof data?.value === 'boolean' ? [edit.replace(range, String(data.value))] : null),
  },
});
