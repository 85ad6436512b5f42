// A final stage that EXPOSEs a port has no HEALTHCHECK (≈DL3057). Notes: a running process is not a
// working service; HEALTHCHECK lets Docker (and whoever reads its status) tell the difference.
import { defineDockerfileRule } from '../../rule';
import { baseOf, chainInstructions } from '../baseImage';
import { insertInStage } from '../stageEdit';
import { stageHasTool } from '../tools';

/** Ports whose service does not speak HTTP: an HTTP probe would be wrong there. */
const NOT_HTTP = new Set([21, 22, 23, 25, 53, 110, 143, 389, 465, 587, 636, 993, 995, 1433, 1521, 1883, 2181, 3306, 5432, 5672, 6379, 9042, 9092, 11211, 27017]);

export default defineDockerfileRule({
  id: 'MissingHealthcheck',
  severity: 'info',
  aliases: { hadolint: ['DL3057'] },
  message: {
    en: 'The image exposes a port but has no HEALTHCHECK, so Docker only knows the process runs, not that it answers. Add a HEALTHCHECK that probes the service.',
    ru: 'Образ открывает порт, но HEALTHCHECK нет: Docker знает лишь, что процесс запущен, а не что он отвечает. Добавьте HEALTHCHECK, проверяющий сервис.',
  },
  check({ file, report }) {
    const final = file.stages[file.stages.length - 1];
    if (!final) return;
    const chain = chainInstructions(file, final.index);
    if (chain.some((i) => i.keyword === 'HEALTHCHECK')) return;
    const expose = chain.find((i) => i.keyword === 'EXPOSE' && i.args.length > 0);
    if (!expose) return;
    report(expose.args[0].span);
  },
  fix: {
    title: { en: 'Add a HEALTHCHECK', ru: 'Добавить HEALTHCHECK' },
    edits: ({ file }) => {
      const final = file.stages[file.stages.length - 1];
      const expose = chainInstructions(file, final.index).find((i) => i.keyword === 'EXPOSE' && i.args.length > 0);
      const m = expose && /^(\d+)(?:-\d+)?(?:\/tcp)?$/i.exec(expose.args[0].value);
      if (!m) return null;
      const port = Number(m[1]);
      if (NOT_HTTP.has(port) || port < 1 || port > 65535) return null;
      const url = `http://localhost:${port}/`;
      const shell = baseOf(file, final.index).image.shell === true;
      const tool = stageHasTool(file, final.index, 'curl') === true ? 'curl' : stageHasTool(file, final.index, 'wget') === true ? 'wget' : null;
      if (!tool) return null;
      const argv = tool === 'curl' ? ['curl', '-fsS', url] : ['wget', '-q', '--spider', url];
      const command = shell ? `${argv.join(' ')} || exit 1` : `[${argv.map((a) => JSON.stringify(a)).join(', ')}]`;
      return [insertInStage(file, final, [`HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ${command}`])];
    },
  },
});
