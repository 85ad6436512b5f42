// FROM with the `latest` tag: a moving target, so builds are not reproducible (notes: avoid latest in prod).
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { fromImages } from '../baseImage';

export default defineDockerfileRule<{ image: string }>({
  id: 'ImageLatestTag',
  severity: 'warning',
  aliases: { hadolint: ['DL3007'] },
  message: (d) =>
    fill(
      {
        en: 'The base image {image} uses the "latest" tag, which points at a different image over time. Pin a version tag (or a digest).',
        ru: 'Базовый образ {image} взят с тегом «latest», а он со временем указывает на разные образы. Укажите тег версии (или дайджест).',
      },
      { image: d.image },
    ),
  check({ file, report }) {
    for (const img of fromImages(file)) {
      // A digest pins the image whatever the tag says.
      if (img.ref.tag !== 'latest' || img.ref.digest) continue;
      const written = file.text.slice(img.span.start, img.span.end);
      const at = img.expanded ? -1 : written.lastIndexOf(':latest');
      const range = at >= 0 ? { start: img.span.start + at + 1, end: img.span.start + at + 7 } : img.span;
      report(range, { data: { image: img.ref.raw } });
    }
  },
});
