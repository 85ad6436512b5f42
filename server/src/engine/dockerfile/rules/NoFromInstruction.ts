// A Dockerfile with instructions but no FROM has no stage to build.
import { defineDockerfileRule } from '../../rule';

export default defineDockerfileRule({
  id: 'NoFromInstruction',
  severity: 'error',
  message: {
    en: 'This Dockerfile has no FROM, so there is no stage to build. Start it with FROM <image>.',
    ru: 'В этом Dockerfile нет FROM, поэтому собирать нечего. Начните его с FROM <образ>.',
  },
  check({ file, report }) {
    if (file.stages.length || !file.instructions.length) return;
    const first = file.instructions.find((i) => i.keyword !== 'ARG') ?? file.instructions[0];
    report(first.keywordSpan);
  },
});
