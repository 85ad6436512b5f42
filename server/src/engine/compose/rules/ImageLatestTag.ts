// `image: x:latest`: a moving tag, so two `up`s can run different code.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { str } from '../model';
import { subSpan, valueSpan } from './services';
import { pulledImages } from './image';

export default defineComposeRule<{ image: string }>({
  id: 'ImageLatestTag',
  severity: 'warning',
  message: (d) => fill({ en: '"{image}" uses the latest tag, which moves: each pull may bring a different image. Pin a version (or a digest).', ru: '«{image}» использует тег latest, который меняется: каждый pull может принести другой образ. Зафиксируйте версию (или digest).' }, d),
  check(ctx) {
    for (const i of pulledImages(ctx)) {
      if (i.ref.tag !== 'latest' || i.ref.digest) continue;
      const raw = str(i.node) ?? '';
      const at = raw.lastIndexOf(':latest');
      ctx.report(i.literal && at >= 0 ? subSpan(ctx.file, i.node, at + 1, at + 7) : valueSpan(ctx.file, i.node), { data: { image: i.ref.raw } });
    }
  },
});
