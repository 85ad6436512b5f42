// FROM image with neither tag nor digest: Docker pulls `latest`, which moves (notes: pin tags, digests for deployments).
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { fromImages } from '../baseImage';
import { lookupImage } from '../images';

export default defineDockerfileRule<{ image: string }>({
  id: 'ImageUntagged',
  severity: 'warning',
  aliases: { hadolint: ['DL3006'] },
  message: (d) =>
    fill(
      {
        en: 'The base image {image} has no tag, so Docker pulls "latest", which changes over time. Add a version tag (e.g. {image}:<version>).',
        ru: 'У базового образа {image} нет тега, поэтому Docker берёт «latest», а он со временем меняется. Добавьте тег версии (например, {image}:<версия>).',
      },
      { image: d.image },
    ),
  check({ file, report }) {
    for (const img of fromImages(file)) {
      if (img.ref.tag !== null || img.ref.digest !== null) continue;
      // A bare unknown name may be a build context passed with --build-context / bake `contexts`.
      if (img.ref.registry === 'docker.io' && !img.ref.repository.includes('/') && !lookupImage(img.ref.raw).known) continue;
      report(img.span, { data: { image: img.ref.raw } });
    }
  },
});
