// `COPY --from=stage / /` drags a whole operating system (package databases, caches, tools) into the image.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { baseOf, stageNamed } from '../baseImage';
import { copyFrom, copyPaths } from '../copyPaths';
import { lookupImage } from '../images';
import type { DockerfileModel } from '../model';

type Data = { from: string | null };

/**
 * Whether `--from` names a stage or image known to hold an operating system. Images made to be
 * copied whole (`tonistiigi/xx`, `docker/buildx-bin`, stages FROM scratch) are not: exporting them is the point.
 */
function copiesAnOs(file: DockerfileModel, from: string): boolean {
  if (from.includes('$')) return false;
  const stage = stageNamed(file, from, file.stages.length);
  const image = stage !== undefined ? baseOf(file, stage).image : lookupImage(from);
  return image.known && image.family !== 'scratch' && image.family !== 'windows';
}

/** `/`, `/.` or `/*`: the root of whatever the COPY reads from. */
const ROOT = /^\/(\.|\*)?$/;

export default defineDockerfileRule<Data>({
  id: 'CopyWholeFilesystem',
  severity: 'warning',
  aliases: { hadolint: ['DL3067'] },
  message: (d) =>
    d.from !== null
      ? fill(
          {
            en: 'This copies the entire filesystem of `{from}` — its OS files, package databases and caches — over this stage. Copy only the paths you need.',
            ru: 'Здесь копируется вся файловая система `{from}` — файлы ОС, базы пакетов и кэши — поверх этой стадии. Копируйте только нужные пути.',
          },
          { from: d.from },
        )
      : {
          en: '`/` in COPY is the root of the build context, not of your machine: this sends the whole context into the image. Copy the folders you need (or write `.` if you mean all of it).',
          ru: '`/` в COPY — это корень контекста сборки, а не вашей машины: в образ уйдёт весь контекст. Копируйте нужные каталоги (или напишите `.`, если действительно нужен весь).',
        },
  check({ file, report }) {
    for (const ins of file.instructions) {
      const paths = copyPaths(ins);
      if (!paths) continue;
      const source = paths.sources.find((s) => ROOT.test(s.value));
      if (!source) continue;
      const from = copyFrom(file, ins);
      if (from && !copiesAnOs(file, from.value)) continue;
      report(source.span, { data: { from: from ? from.value : null } });
    }
  },
});
