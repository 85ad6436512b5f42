// `RUN --mount` options BuildKit refuses: an unknown type or key, a bad value, an option the type
// cannot take, a secret with nothing to name it, a cache/bind/tmpfs mount without a target.
import { defineDockerfileRule, type Severity } from '../../rule';
import { fill, type Msg } from '../../locale';
import { suggest, didYouMeanFixes, didYouMeanHint } from '../../suggest';
import {
  FEATURES, MOUNT_OPTION_NAMES, MOUNT_SHARING, MOUNT_TYPES, MOUNT_TYPES_NEEDING_TARGET, RAM_SIZE, effectiveFlags, frontendOf, frontendSupports,
  hasVariable, isGoBool, mountFields, mountOption, type MountType,
} from '../syntax';
import type { DockerfileModel, DfInstruction } from '../model';
import type { Span } from '../../text';

type Problem =
  | 'type' | 'key' | 'bare' | 'value' | 'sharing' | 'refused' | 'ignored' | 'fromVariable'
  | 'secretName' | 'secretBoth' | 'noTarget' | 'noTargetWorkdir' | 'newer';

interface Data {
  problem: Problem;
  key: string;
  value: string;
  type: string;
  candidates: string[];
}

const messages: Record<Problem, Msg> = {
  type: { en: 'Unknown mount type "{value}": use bind, cache, tmpfs, secret or ssh.{hint}', ru: 'Неизвестный тип монтирования «{value}»: допустимы bind, cache, tmpfs, secret и ssh.{hintRu}' },
  key: { en: 'Unknown mount option "{key}".{hint}', ru: 'Неизвестный параметр монтирования «{key}».{hintRu}' },
  bare: { en: 'Mount option "{key}" needs a value: {key}=<value>.', ru: 'Параметру монтирования «{key}» нужно значение: {key}=<значение>.' },
  value: { en: '"{value}" is not a valid value for {key}.', ru: '«{value}» — недопустимое значение для {key}.' },
  sharing: { en: 'sharing takes shared, private or locked, not "{value}".{hint}', ru: 'sharing принимает shared, private или locked, а не «{value}».{hintRu}' },
  refused: { en: 'A {type} mount cannot take "{key}": the build fails.', ru: 'Монтирование {type} не принимает «{key}»: сборка упадёт.' },
  ignored: { en: '"{key}" has no effect on a {type} mount.', ru: '«{key}» ни на что не влияет при монтировании {type}.' },
  fromVariable: { en: 'Mount "from" does not expand variables; declare a stage with FROM and name it here.', ru: 'Параметр from у монтирования не подставляет переменные: объявите стадию через FROM и укажите её имя.' },
  secretName: { en: 'A secret mount needs an id (or a target) to know which secret to mount.', ru: 'Монтированию secret нужен id (или target), чтобы знать, какой секрет подключить.' },
  secretBoth: { en: 'A secret mount takes either source or id, not both.', ru: 'У монтирования secret указывают source или id, но не оба сразу.' },
  noTarget: { en: 'A {type} mount needs target=<path>: without it the mount lands on "/" and the build fails.', ru: 'Монтированию {type} нужен target=<путь>: без него оно попадает в «/», и сборка падает.' },
  noTargetWorkdir: { en: 'This {type} mount has no target, so it covers the working directory; name the path with target=<path>.', ru: 'У этого монтирования {type} нет target, и оно накрывает рабочий каталог; укажите путь через target=<путь>.' },
  newer: { en: 'Mount option "{key}" needs Dockerfile frontend 1.10 or newer than the pinned "# syntax".', ru: 'Параметру монтирования «{key}» нужен фронтенд Dockerfile 1.10 или новее закреплённого в «# syntax».' },
};

/**
 * Whether the mount point of a target-less mount is known to be "/": no WORKDIR in the stage or
 * the stages it builds on, and the chain starts from scratch (an image may set its own WORKDIR).
 */
function workdirIsRoot(file: DockerfileModel, ins: DfInstruction): boolean {
  let stage = file.stages[ins.stageIndex];
  const seen = new Set<number>();
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
    if (stage.instructions.some((i) => i.keyword === 'WORKDIR' && i.span.start < ins.span.start)) return false;
    if (stage.parentStage === null) return stage.image?.toLowerCase() === 'scratch';
    stage = file.stages[stage.parentStage];
  }
  return false;
}

const valid: Record<string, (v: string) => boolean> = {
  bool: isGoBool,
  octal: (v) => /^[0-7]+$/.test(v) && parseInt(v, 8) <= 0xffffffff,
  uint: (v) => /^\d+$/.test(v) && Number(v) <= 0xffffffff,
  size: (v) => RAM_SIZE.test(v),
};

export default defineDockerfileRule<Data>({
  id: 'InvalidMount',
  severity: 'error',
  message: (d) => {
    return fill(messages[d.problem], { key: d.key, value: d.value, type: d.type, ...didYouMeanHint(d.candidates) });
  },
  check({ file, report }) {
    const fe = frontendOf(file);
    for (const ins of file.instructions) {
      if (ins.keyword !== 'RUN') continue;
      for (const flag of effectiveFlags(ins)) {
        if (flag.name !== 'mount' || flag.value === null) continue;
        const fields = mountFields(file.text, flag);
        const put = (span: Span, problem: Problem, extra: Partial<Data> = {}, severity?: Severity) =>
          report(span, { data: { problem, key: '', value: '', type, candidates: [], ...extra }, severity });
        const typeField = fields.find((f) => f.key === 'type');
        const typeValue = typeField?.value?.toLowerCase() ?? 'bind';
        const dynamicType = typeField?.value != null && hasVariable(typeField.value);
        const type = typeValue as MountType;
        if (typeField && !dynamicType && !(MOUNT_TYPES as readonly string[]).includes(typeValue)) {
          put(typeField.valueSpan ?? typeField.span, 'type', { value: typeField.value ?? '', candidates: suggest(typeValue, MOUNT_TYPES) });
          continue;
        }
        for (const f of fields) {
          const spec = mountOption(f.key);
          if (!spec) {
            put(f.keySpan, 'key', { key: f.key, candidates: suggest(f.key, MOUNT_OPTION_NAMES) });
            continue;
          }
          if (f.value === null) {
            if (!spec.bare || (spec.name === 'required' && !['secret', 'ssh'].includes(type))) {
              put(f.span, spec.bare ? 'refused' : 'bare', { key: f.key });
            }
            continue;
          }
          if (dynamicType) continue;
          if (spec.refusedFor?.includes(type)) {
            put(f.keySpan, 'refused', { key: f.key });
            continue;
          }
          if (!spec.types.includes(type)) put(f.keySpan, 'ignored', { key: f.key }, 'warning');
          if (spec.since && !frontendSupports(fe, FEATURES.mountSecretEnv)) put(f.keySpan, 'newer', { key: f.key });
          if (spec.name === 'from' && hasVariable(f.value)) {
            put(f.valueSpan ?? f.span, 'fromVariable', { key: f.key, value: f.value });
            continue;
          }
          if (hasVariable(f.value)) continue;
          if (spec.value === 'sharing' && !(MOUNT_SHARING as readonly string[]).includes(f.value.toLowerCase())) {
            put(f.valueSpan ?? f.span, 'sharing', { key: f.key, value: f.value, candidates: suggest(f.value.toLowerCase(), MOUNT_SHARING) });
          } else if (valid[spec.value] && !valid[spec.value](f.value)) {
            put(f.valueSpan ?? f.span, 'value', { key: f.key, value: f.value });
          }
        }
        if (dynamicType || !flag.valueSpan) continue;
        const has = (name: string) => fields.some((f) => mountOption(f.key)?.name === name && f.value !== null && f.value !== '');
        if (type === 'secret') {
          if (!has('id') && !has('source') && !has('target')) put(flag.valueSpan, 'secretName');
          else if (has('id') && has('source')) put(flag.valueSpan, 'secretBoth');
        }
        // Without a target the mount lands on the working directory: an idiom for bind mounts
        // (`--mount=ro`, `--mount=from=stage`), a likely slip for a cache or tmpfs.
        if (MOUNT_TYPES_NEEDING_TARGET.includes(type) && !has('target')) {
          if (workdirIsRoot(file, ins)) put(flag.valueSpan, 'noTarget');
          else if (type !== 'bind') put(flag.valueSpan, 'noTargetWorkdir', {}, 'warning');
        }
      }
    }
  },
  fixes: ({ data, range }) => (['type', 'key', 'sharing'].includes(data.problem) ? didYouMeanFixes(data.candidates, range) : []),
});
