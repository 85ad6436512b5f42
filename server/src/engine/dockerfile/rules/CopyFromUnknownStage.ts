// `COPY --from=buidler` with no stage of that name: BuildKit quietly tries to pull an image `buidler`.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { didYouMeanFixes, suggest } from '../../suggest';
import { copyFrom, mountFroms } from '../copyPaths';
import type { DockerfileModel } from '../model';

type Data = { name: string; candidates: string[] };

/** A value that can only be an image reference, never a stage name: it has a registry, path, tag or digest. */
function looksLikeImage(value: string): boolean {
  return /[/:@.]/.test(value) || value === 'scratch';
}

/** Whether the value names a stage of the file (BuildKit matches names case-insensitively, in any order) or a stage index. */
function namesStage(file: DockerfileModel, value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) < file.stages.length;
  return !!file.stageByName(value);
}

export default defineDockerfileRule<Data>({
  id: 'CopyFromUnknownStage',
  severity: 'warning',
  aliases: { hadolint: ['DL3022'] },
  message: (d) =>
    d.candidates.length
      ? fill(
          {
            en: 'No stage is named `{name}`, so the builder would pull an image of that name. Did you mean `{best}`?',
            ru: 'Стадии с именем `{name}` нет, и сборщик попытается скачать образ с таким именем. Возможно, имелось в виду `{best}`?',
          },
          { name: d.name, best: d.candidates[0] },
        )
      : /^\d+$/.test(d.name)
        ? fill(
            {
              en: 'There is no stage number {name} in this file (stages count from 0).',
              ru: 'Стадии с номером {name} в этом файле нет (стадии нумеруются с 0).',
            },
            { name: d.name },
          )
        : fill(
            {
              en: 'No stage is named `{name}`, so the builder pulls the image `{name}:latest` (unless the build passes `--build-context {name}=…`). Name a stage of this file, or give the image a tag: `{name}:<tag>`.',
              ru: 'Стадии с именем `{name}` нет, поэтому сборщик скачает образ `{name}:latest` (если сборке не передан `--build-context {name}=…`). Укажите стадию этого файла или задайте образу тег: `{name}:<тег>`.',
            },
            { name: d.name },
          ),
  check({ file, report }) {
    const names = file.stages.map((s) => s.name).filter((n): n is string => n !== null);
    for (const ins of file.instructions) {
      const refs = ins.keyword === 'COPY' ? [copyFrom(file, ins)] : mountFroms(ins);
      for (const ref of refs) {
        if (!ref || ref.value.includes('$') || namesStage(file, ref.value) || looksLikeImage(ref.value)) continue;
        const candidates = /^\d+$/.test(ref.value) ? [] : suggest(ref.value, names);
        report(ref.span, { data: { name: ref.value, candidates } });
      }
    }
  },
  fixes: ({ data, range }) => didYouMeanFixes(data.candidates, range),
});
