// BuildKit's SecretsUsedInArgOrEnv: an ARG/ENV named like a secret puts its value in the image history.
import { defineDockerfileRule } from '../../rule';
import { keyValues } from '../variables';

/** BuildKit's words: a whole `_`-separated part of the name. */
const SECRET = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/** Parts that make it not a secret (`PUBLIC_KEY`, `KEY_FILE`, `TOKEN_VERSION`). */
const ALLOWED = /(?:^|_)(?:public|file|version)(?:_|$)/i;

export function looksSecret(name: string): boolean {
  return SECRET.test(name) && !ALLOWED.test(name);
}

export default defineDockerfileRule<{ keyword: string; name: string }>({
  id: 'SecretsUsedInArgOrEnv',
  severity: 'warning',
  message: (d) => ({
    en: `${d.keyword} "${d.name}" looks like a secret: its value stays in the image history. Pass secrets with RUN --mount=type=secret.`,
    ru: `${d.keyword} «${d.name}» похож на секрет: его значение останется в истории образа. Передавайте секреты через RUN --mount=type=secret.`,
  }),
  check({ file, report }) {
    for (const ins of file.instructions) {
      // Global ARGs are seen only by FROM lines; BuildKit checks the ones a stage declares.
      if ((ins.keyword !== 'ARG' && ins.keyword !== 'ENV') || ins.stageIndex < 0) continue;
      for (const p of keyValues(file, ins).pairs) {
        if (looksSecret(p.key)) report(p.keySpan, { data: { keyword: ins.keyword, name: p.key } });
      }
    }
  },
});
