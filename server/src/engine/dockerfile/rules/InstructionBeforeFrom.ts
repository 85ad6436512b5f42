// Only ARG may come before the first FROM; anything else has no stage to belong to.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { isInstruction } from '../syntax';

export default defineDockerfileRule<{ keyword: string }>({
  id: 'InstructionBeforeFrom',
  severity: 'error',
  aliases: { hadolint: ['DL3061'] },
  message: (d) =>
    fill(
      {
        en: '{keyword} comes before the first FROM; only ARG may. Move it below FROM.',
        ru: '{keyword} стоит до первого FROM, а там допустим только ARG. Перенесите её ниже FROM.',
      },
      d,
    ),
  check({ file, report }) {
    if (!file.stages.length) return;
    for (const ins of file.instructions) {
      if (ins.stageIndex >= 0) break;
      if (ins.keyword !== 'ARG' && isInstruction(ins.keyword)) report(ins.keywordSpan, { data: { keyword: ins.keywordRaw } });
    }
  },
});
