// BuildKit's ExposeInvalidFormat: EXPOSE takes container ports; an IP or `host:container` mapping belongs to `docker run -p`.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';
import { argumentText, splitWords } from '../variables';

export default defineDockerfileRule<{ spec: string; port: string }>({
  id: 'ExposeInvalidFormat',
  severity: 'warning',
  message: (d) => ({
    en: `EXPOSE takes only the container port, not an IP address or host mapping ("${d.spec}"); write "${d.port}" and publish with docker run -p.`,
    ru: `EXPOSE принимает только порт контейнера, без IP-адреса и проброса с хоста («${d.spec}»); напишите «${d.port}», а публикуйте через docker run -p.`,
  }),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      const text = argumentText(file, ins);
      for (const w of splitWords(text, file.escapeChar)) {
        const spec = w.raw.replace(/^["']|["']$/g, '');
        if (!spec.includes(':') || spec.includes('$')) continue;
        const port = spec.slice(spec.lastIndexOf(':') + 1);
        if (!/^\d/.test(port)) continue;
        report(w.span, { data: { spec, port } });
      }
    }
  },
  fix: {
    title: (d) => ({ en: `Keep the container port "${d.port}"`, ru: `Оставить порт контейнера «${d.port}»` }),
    edits: ({ data, range }) => [edit.replace(range, data.port)],
  },
});
