// Label keys follow Docker's convention (lowercase reverse-DNS, no reserved namespaces) so tools can rely on them.
import { defineDockerfileRule } from '../../rule';
import type { Msg } from '../../locale';
import { fill } from '../../locale';
import { keyValues, unquote } from '../variables';

/** The checks in the order they are reported; the first that fails names the problem. */
const CHECKS: Array<{ fails: (key: string) => boolean; why: Msg }> = [
  {
    fails: (k) => /^(com\.docker|io\.docker|org\.dockerproject)\./.test(k),
    why: { en: 'the com.docker.*, io.docker.* and org.dockerproject.* namespaces are reserved for Docker', ru: 'пространства имён com.docker.*, io.docker.* и org.dockerproject.* зарезервированы за Docker' },
  },
  {
    fails: (k) => /[^a-z0-9.-]/.test(k),
    why: { en: 'use only lowercase letters, digits, `.` and `-`', ru: 'допустимы только строчные буквы, цифры, `.` и `-`' },
  },
  {
    fails: (k) => !/^[a-z]/.test(k),
    why: { en: 'a key starts with a lowercase letter', ru: 'ключ должен начинаться со строчной буквы' },
  },
  {
    fails: (k) => !/[a-z0-9]$/.test(k),
    why: { en: 'a key ends with a letter or digit', ru: 'ключ должен заканчиваться буквой или цифрой' },
  },
  {
    fails: (k) => /\.\.|--/.test(k),
    why: { en: 'no two `.` or `-` in a row', ru: 'два символа `.` или `-` подряд недопустимы' },
  },
];

export default defineDockerfileRule<{ key: string; why: Msg }>({
  id: 'InvalidLabelKey',
  severity: 'hint',
  aliases: { hadolint: ['DL3048'] },
  message: (d) =>
    fill(
      {
        en: `Label key \`{key}\` breaks Docker's key convention: ${d.why.en}. Prefer reverse-DNS keys such as \`org.opencontainers.image.title\`.`,
        ru: `Ключ метки \`{key}\` нарушает соглашение Docker: ${d.why.ru}. Лучше ключи в обратной DNS-нотации, например \`org.opencontainers.image.title\`.`,
      },
      { key: d.key },
    ),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'LABEL') continue;
      for (const pair of keyValues(file, ins).pairs) {
        const key = unquote(pair.key, file.escapeChar);
        if (!key || key.includes('$')) continue;
        const failed = CHECKS.find((c) => c.fails(key));
        if (failed) report(pair.keySpan, { data: { key, why: failed.why } });
      }
    }
  },
});
