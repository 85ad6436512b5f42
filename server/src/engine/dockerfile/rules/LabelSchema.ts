// With a `labelSchema` configured, the shipped image must carry those labels, each in the format the schema names.
import { defineDockerfileRule, type Severity } from '../../rule';
import { fill, type Msg } from '../../locale';
import type { Span } from '../../text';
import { chainInstructions } from '../baseImage';
import { LABEL_FORMATS } from '../labelFormats';
import type { DfInstruction, DockerfileModel } from '../model';
import { keyValues, unquote } from '../variables';

type Problem = 'missing' | 'notAllowed' | 'empty' | 'format';
type Data = { problem: Problem; label: string; kind: string };

/** What each problem says, and how sure the rule is (hadolint: missing/superfluous info, bad values warning). */
const PROBLEMS: Record<Problem, { message: Msg; severity: Severity }> = {
  missing: {
    message: { en: 'The image has no label `{label}`, which the label schema requires. Add `LABEL {label}=…` to the final stage.', ru: 'У образа нет метки `{label}`, которую требует схема меток. Добавьте `LABEL {label}=…` в финальную стадию.' },
    severity: 'info',
  },
  notAllowed: {
    message: { en: 'Label `{label}` is not in the label schema, and the schema is strict. Remove it or add it to the schema.', ru: 'Метки `{label}` нет в схеме меток, а схема строгая. Удалите метку или добавьте её в схему.' },
    severity: 'info',
  },
  empty: {
    message: { en: 'Label `{label}` is empty; the label schema expects {expected}.', ru: 'Метка `{label}` пуста, а схема меток ждёт: {expected}.' },
    severity: 'warning',
  },
  format: {
    message: { en: 'Label `{label}` is not {expected}, as the label schema requires.', ru: 'Значение метки `{label}` не подходит: схема меток ждёт {expected}.' },
    severity: 'warning',
  },
};

interface LabelPair {
  ins: DfInstruction;
  key: string;
  keySpan: Span;
  value: string;
  valueSpan: Span | null;
}

function labelsOf(file: DockerfileModel, ins: DfInstruction): LabelPair[] {
  if (ins.keyword !== 'LABEL') return [];
  return keyValues(file, ins).pairs.map((p) => ({
    ins,
    key: unquote(p.key, file.escapeChar),
    keySpan: p.keySpan,
    value: p.value === null ? '' : unquote(p.value, file.escapeChar),
    valueSpan: p.valueSpan,
  }));
}

export default defineDockerfileRule<Data>({
  id: 'LabelSchema',
  // Off until `labelSchema` is configured: the check returns at once without it.
  severity: 'warning',
  aliases: { hadolint: ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'] },
  message: (d) => {
    const expected = (LABEL_FORMATS[d.kind] ?? LABEL_FORMATS.text).expected;
    const m = PROBLEMS[d.problem]?.message ?? PROBLEMS.format.message;
    return { en: fill(m, { label: d.label, expected: expected.en }).en, ru: fill(m, { label: d.label, expected: expected.ru }).ru };
  },
  check({ file, config, report }) {
    const schema = config.labelSchema ?? {};
    const names = Object.keys(schema);
    if (!names.length) return;
    const put = (span: Span, problem: Problem, label: string) =>
      report(span, { data: { problem, label, kind: String(schema[label] ?? 'text').toLowerCase() }, severity: PROBLEMS[problem].severity });

    // Values and strictness: every LABEL of the file.
    for (const ins of file.instructions) {
      for (const pair of labelsOf(file, ins)) {
        if (!Object.prototype.hasOwnProperty.call(schema, pair.key)) {
          if (config.strictLabels && !pair.key.includes('$')) put(pair.keySpan, 'notAllowed', pair.key);
          continue;
        }
        const kind = String(schema[pair.key]).toLowerCase();
        if (pair.value.trim() === '') put(pair.valueSpan ?? pair.keySpan, 'empty', pair.key);
        else if (!pair.value.includes('$') && LABEL_FORMATS[kind] && !LABEL_FORMATS[kind].valid(pair.value.trim())) put(pair.valueSpan ?? pair.keySpan, 'format', pair.key);
      }
    }

    // Presence: the labels the final stage (with the stages it is built on) ends up with.
    const last = file.stages[file.stages.length - 1];
    if (!last) return;
    const present = new Set(chainInstructions(file, last.index).flatMap((i) => labelsOf(file, i).map((p) => p.key)));
    const at = last.imageSpan ?? last.from.keywordSpan;
    for (const label of names) if (!present.has(label)) put(at, 'missing', label);
  },
});
