// VOLUME in a Dockerfile: anonymous volumes that outlive containers and that Kubernetes ignores (notes: k8s-friendly images).
import { defineDockerfileRule } from '../../rule';

export default defineDockerfileRule({
  id: 'VolumeInstruction',
  severity: 'info',
  message: {
    en: 'VOLUME makes every container create an anonymous volume that outlives it, and Kubernetes ignores it. Leave volumes to the runtime (docker run -v, compose volumes, a PersistentVolume).',
    ru: 'VOLUME заставляет каждый контейнер создавать анонимный том, который переживает контейнер, а Kubernetes эту инструкцию не учитывает. Оставьте тома среде запуска (docker run -v, volumes в compose, PersistentVolume).',
  },
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword === 'VOLUME' && ins.stageIndex >= 0) report(ins.keywordSpan);
    }
  },
});
