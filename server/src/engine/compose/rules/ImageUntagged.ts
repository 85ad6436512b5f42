// `image: x` without a tag means `x:latest`: whatever was pushed last.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { valueSpan } from './services';
import { pulledImages } from './image';

export default defineComposeRule<{ image: string }>({
  id: 'ImageUntagged',
  severity: 'info',
  message: (d) => fill({ en: '"{image}" has no tag, so compose pulls :latest, which moves. Pin a version (or a digest).', ru: 'У «{image}» нет тега, поэтому compose скачает :latest, а он меняется. Зафиксируйте версию (или digest).' }, d),
  check(ctx) {
    for (const i of pulledImages(ctx)) {
      if (i.ref.tag || i.ref.digest) continue;
      ctx.report(valueSpan(ctx.file, i.node), { data: { image: i.ref.raw } });
    }
  },
});
