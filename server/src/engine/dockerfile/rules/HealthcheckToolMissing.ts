// HEALTHCHECK calls curl or wget that the stage's image does not have: the check can never pass and
// the container is reported unhealthy. Notes: alpine has no curl (apk add curl); scratch and
// distroless have no tools at all.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { baseOf } from '../baseImage';
import { shellOf } from '../shell';
import { stageHasTool } from '../tools';

type Data = { tool: string; image: string; alt: string | null };

const TOOLS = ['curl', 'wget'];

export default defineDockerfileRule<Data>({
  id: 'HealthcheckToolMissing',
  severity: 'warning',
  message: (d) =>
    fill(
      d.alt
        ? {
            en: 'HEALTHCHECK calls {tool}, which {image} does not have and no RUN installs, so the check always fails. Install {tool}, or use {alt}, which the image has.',
            ru: 'HEALTHCHECK вызывает {tool}, которого нет в {image} и который не устанавливает ни один RUN, — проверка всегда будет неуспешной. Установите {tool} или используйте {alt}: он в образе есть.',
          }
        : {
            en: 'HEALTHCHECK calls {tool}, which {image} does not have and no RUN installs, so the check always fails. Install {tool} in this stage, or check health with the application itself.',
            ru: 'HEALTHCHECK вызывает {tool}, которого нет в {image} и который не устанавливает ни один RUN, — проверка всегда будет неуспешной. Установите {tool} в этой стадии или проверяйте здоровье средствами самого приложения.',
          },
      { tool: d.tool, image: d.image, alt: d.alt ?? '' },
    ),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'HEALTHCHECK' || ins.stageIndex < 0) continue;
      const script = shellOf(file, ins);
      const cmd = script?.commands.find((c) => TOOLS.includes(c.name) && c.argv.length > 0);
      if (!cmd) continue;
      if (stageHasTool(file, ins.stageIndex, cmd.name) !== false) continue;
      const other = TOOLS.find((t) => t !== cmd.name)!;
      const alt = stageHasTool(file, ins.stageIndex, other) === true ? other : null;
      const image = baseOf(file, ins.stageIndex).image.ref?.raw ?? '';
      report(cmd.argv[0].span, { data: { tool: cmd.name, image, alt } });
    }
  },
});
