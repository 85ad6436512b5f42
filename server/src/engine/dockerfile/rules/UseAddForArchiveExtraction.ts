// COPY a tarball then `tar -x` it in a RUN: the tarball stays in a layer for good; ADD unpacks local tars itself.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { copyFrom, copyPaths } from '../copyPaths';
import type { DfWord } from '../model';
import { hasFlag, shellOf, type ShCommand } from '../shell';

/** Archive names ADD unpacks when the source is a local file (plain, gzip, bzip2, xz and zstd tars). */
const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tb2|tar\.xz|txz|tar\.zst|tzst)$/i;

function basename(p: string): string {
  return p.replace(/\/+$/, '').replace(/^.*\//, '');
}

/** `tar -xf …`, `tar xzf …`, `tar --extract …`. */
function extracts(cmd: ShCommand): boolean {
  if (cmd.name !== 'tar') return false;
  if (hasFlag(cmd, '-x', '--extract', '--get')) return true;
  const first = cmd.argv[1]?.value ?? '';
  return /^[A-Za-z]*x[A-Za-z]*$/.test(first);
}

export default defineDockerfileRule<{ archive: string }>({
  id: 'UseAddForArchiveExtraction',
  severity: 'info',
  aliases: { hadolint: ['DL3010'] },
  message: (d) =>
    fill(
      {
        en: '`{archive}` is copied only to be unpacked by a later RUN, so the tarball stays in this layer. `ADD {archive} <dir>/` unpacks a local tar archive by itself.',
        ru: '`{archive}` копируется только затем, чтобы его распаковал следующий RUN, и архив остаётся в этом слое. `ADD {archive} <каталог>/` сам распакует локальный tar-архив.',
      },
      d,
    ),
  check({ file, report }) {
    for (const stage of file.stages) {
      const pending: Array<{ name: string; word: DfWord }> = [];
      for (const ins of stage.instructions) {
        if (ins.keyword === 'COPY' && !copyFrom(file, ins)) {
          const paths = copyPaths(ins);
          if (paths && !paths.execForm) for (const s of paths.sources) if (TAR_ARCHIVE.test(s.value) && !s.value.includes('$')) pending.push({ name: basename(s.value), word: s });
          continue;
        }
        if (ins.keyword !== 'RUN' || !pending.length) continue;
        const run = shellOf(file, ins);
        if (!run || !run.commands.some(extracts)) continue;
        const mentioned = new Set<string>();
        for (const c of run.commands) {
          for (const w of c.argv) mentioned.add(basename(w.value.replace(/^-[A-Za-z]*f/, '').replace(/^--file=/, '')));
          for (const r of c.redirects) if (r.target) mentioned.add(basename(r.target.value));
        }
        for (let k = pending.length - 1; k >= 0; k--) {
          if (!mentioned.has(pending[k].name)) continue;
          report(pending[k].word.span, { data: { archive: pending[k].name } });
          pending.splice(k, 1);
        }
      }
    }
  },
});
