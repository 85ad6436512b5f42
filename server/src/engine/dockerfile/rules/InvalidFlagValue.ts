// A known flag whose value BuildKit cannot read: a bad duration, a negative retry count, a
// non-octal `--chmod`, an unknown network or security mode, a non-boolean `--link`, a missing `=value`.
import { defineDockerfileRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import {
  FEATURES, FLAG_ENUMS, OCTAL_MODE, SYMBOLIC_MODE, effectiveFlags, flagSpec, flagValue, frontendOf, frontendSupports, goDurationNs, hasVariable,
  type FlagSpec,
} from '../syntax';

type Problem = 'missing' | 'bool' | 'duration' | 'tooShort' | 'retries' | 'chmod' | 'chmodOctal' | 'enum' | 'fromVariable' | 'empty';

interface Data {
  flag: string;
  value: string;
  problem: Problem;
  allowed?: string;
}

const messages: Record<Problem, Msg> = {
  missing: { en: '"--{flag}" needs a value written as --{flag}=<value>.', ru: 'Флагу «--{flag}» нужно значение в виде --{flag}=<значение>.' },
  empty: { en: '"--{flag}=" has an empty value.', ru: 'У «--{flag}=» пустое значение.' },
  bool: { en: '"--{flag}" takes true or false, not "{value}".', ru: 'Флаг «--{flag}» принимает true или false, а не «{value}».' },
  duration: {
    en: '"{value}" is not a duration for --{flag}: write a number with a unit, such as 30s, 1m30s or 500ms.',
    ru: '«{value}» — не длительность для --{flag}: укажите число с единицей, например 30s, 1m30s или 500ms.',
  },
  tooShort: { en: '--{flag} must be at least 1ms (or 0 for the default), not "{value}".', ru: '--{flag} должен быть не меньше 1ms (или 0 — значение по умолчанию), а не «{value}».' },
  retries: { en: '--retries takes a whole number of 0 or more, not "{value}".', ru: '--retries принимает целое число от 0, а не «{value}».' },
  chmod: {
    en: '"{value}" is not a file mode: use octal up to 7777 (0755) or symbolic form (u+x,go-w).',
    ru: '«{value}» — не режим доступа: используйте восьмеричный вид до 7777 (0755) или символьный (u+x,go-w).',
  },
  chmodOctal: {
    en: '"{value}" is not an octal mode up to 7777; symbolic modes need Dockerfile frontend 1.14 or newer.',
    ru: '«{value}» — не восьмеричный режим до 7777; символьные режимы поддерживает фронтенд Dockerfile 1.14 и новее.',
  },
  enum: { en: '--{flag} takes {allowed}, not "{value}".', ru: '--{flag} принимает {allowed}, а не «{value}».' },
  fromVariable: {
    en: 'COPY --from does not expand variables; declare a stage `FROM ${…} AS name` and copy from that name.',
    ru: 'COPY --from не подставляет переменные: объявите стадию `FROM ${…} AS имя` и копируйте из неё.',
  },
};

function problemOf(spec: FlagSpec, value: string | null, chmodSymbolic: boolean): Pick<Data, 'problem' | 'allowed'> | null {
  if (spec.kind === 'bool') {
    if (value === null) return null;
    return ['true', 'false'].includes(value.toLowerCase()) ? null : { problem: value === '' ? 'empty' : 'bool' };
  }
  if (value === null) return { problem: 'missing' };
  if (spec.expands && hasVariable(value)) return null;
  switch (spec.kind) {
    case 'duration': {
      if (value === '') return null;
      const ns = goDurationNs(value);
      if (ns === null) return { problem: 'duration' };
      return ns !== 0 && ns < 1e6 ? { problem: 'tooShort' } : null;
    }
    case 'retries':
      return value === '' || /^[-+]?\d+$/.test(value) && Number(value) >= 0 && Number(value) <= 2147483647 ? null : { problem: 'retries' };
    case 'chmod':
      if (value === '' || (OCTAL_MODE.test(value) && parseInt(value, 8) <= 0o7777)) return null;
      if (!chmodSymbolic) return { problem: 'chmodOctal' };
      return SYMBOLIC_MODE.test(value) ? null : { problem: 'chmod' };
    case 'network':
    case 'security': {
      const allowed = FLAG_ENUMS[spec.kind] ?? [];
      return allowed.includes(value) ? null : { problem: 'enum', allowed: allowed.join(' | ') };
    }
    case 'stage':
      return hasVariable(value) ? { problem: 'fromVariable' } : null;
    default:
      return null;
  }
}

export default defineDockerfileRule<Data>({
  id: 'InvalidFlagValue',
  severity: 'error',
  message: (d) => fill(messages[d.problem], { flag: d.flag, value: d.value, allowed: d.allowed ?? '' }),
  check({ file, report }) {
    const chmodSymbolic = frontendSupports(frontendOf(file), FEATURES.chmodSymbolic);
    for (const ins of file.instructions) {
      if (ins.keyword === 'HEALTHCHECK' && ins.args[0]?.value.toUpperCase() === 'NONE') continue;
      for (const f of effectiveFlags(ins)) {
        const spec = flagSpec(ins.keyword, f.name);
        if (!spec) continue;
        const value = f.value === null ? null : (flagValue(file.text, f)?.text ?? '');
        const p = problemOf(spec, value, chmodSymbolic);
        if (p) report(f.valueSpan && f.valueSpan.end > f.valueSpan.start ? f.valueSpan : f.span, { data: { flag: f.name, value: value ?? '', ...p } });
      }
    }
  },
});
