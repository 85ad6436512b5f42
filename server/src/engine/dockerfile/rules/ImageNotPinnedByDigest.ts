// FROM image without `@sha256:`: a tag can be moved, a digest cannot (notes: digests for reproducible deployments).
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { fromImages } from '../baseImage';

export default defineDockerfileRule<{ image: string }>({
  id: 'ImageNotPinnedByDigest',
  severity: 'off',
  message: (d) =>
    fill(
      {
        en: 'The base image {image} is not pinned by digest; the tag can be re-pushed. Append @sha256:<digest> for a reproducible build.',
        ru: 'Базовый образ {image} не закреплён дайджестом, а тег можно перезаписать. Допишите @sha256:<дайджест>, чтобы сборка была воспроизводимой.',
      },
      { image: d.image },
    ),
  check({ file, report }) {
    for (const img of fromImages(file)) {
      if (img.ref.digest !== null) continue;
      report(img.span, { data: { image: img.ref.raw } });
    }
  },
});
