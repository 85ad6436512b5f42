// A relative COPY destination lands under whatever WORKDIR the base image happens to set (or `/`).
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { baseOf, chainInstructions } from '../baseImage';
import { copyPaths } from '../copyPaths';
import type { DfStage, DockerfileModel } from '../model';

/** Absolute (POSIX or Windows) or starting with a variable, which may well be absolute. */
function anchored(dest: string): boolean {
  return dest.startsWith('/') || dest.startsWith('$') || /^[A-Za-z]:[\\/]/.test(dest) || dest.startsWith('\\');
}

/** `FROM e2e-base-${VARIANT}`: a stage picked by a variable, whose WORKDIR we cannot see. */
function mayBuildOnStage(file: DockerfileModel, stage: DfStage): boolean {
  const image = stage.image ?? '';
  const at = image.indexOf('$');
  if (stage.parentStage !== null || at < 0) return false;
  const prefix = image.slice(0, at).toLowerCase();
  return file.stages.some((s) => s.index !== stage.index && s.name !== null && s.name.toLowerCase().startsWith(prefix));
}

export default defineDockerfileRule<{ dest: string; keyword: string }>({
  id: 'CopyRelativeWithoutWorkdir',
  // info, not the catalog's warning: BuildKit resolves the path against the base image's WORKDIR
  // deterministically, and as a warning it vetoed other rules' fixes that produce such a COPY.
  severity: 'info',
  aliases: { hadolint: ['DL3045'] },
  message: (d) =>
    fill(
      {
        en: '{keyword} to the relative path `{dest}` with no WORKDIR set in this stage: the files land wherever the base image\'s working directory is. Set `WORKDIR` first, or use an absolute path.',
        ru: '{keyword} в относительный путь `{dest}`, а WORKDIR в этой стадии не задан: файлы окажутся там, где рабочий каталог базового образа. Сначала задайте `WORKDIR` или укажите абсолютный путь.',
      },
      d,
    ),
  check({ file, report }) {
    for (const stage of file.stages) {
      // scratch has no working directory but `/`; Windows paths follow other rules.
      const family = baseOf(file, stage.index).image.family;
      if (family === 'scratch' || family === 'windows' || mayBuildOnStage(file, stage)) continue;
      const chain = chainInstructions(file, stage.index);
      for (const ins of stage.instructions) {
        const paths = copyPaths(ins);
        if (!paths || anchored(paths.dest.value) || paths.dest.value === '') continue;
        if (chain.some((i) => i.keyword === 'WORKDIR' && i.index < ins.index)) continue;
        report(paths.dest.span, { data: { dest: paths.dest.value, keyword: ins.keyword } });
      }
    }
  },
});
