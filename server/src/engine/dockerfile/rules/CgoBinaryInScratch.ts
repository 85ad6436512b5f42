// A Go binary built with cgo (the default where gcc exists, as in golang:<debian>) links to libc;
// copied into scratch or static distroless it cannot start ("no such file or directory").
// Notes: scratch only suits statically built binaries — `CGO_ENABLED=0 go build`.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { edit } from '../../text';
import { baseOf, chainInstructions, stageNamed } from '../baseImage';
import { findCommand, flagValue, packageInstalls, shellOf, type ShCommand, type ShScript } from '../shell';
import { variableIndex } from '../variables';
import type { DfInstruction, DockerfileModel } from '../model';

type Data = { image: string; insertAt: number; exec: boolean };

/** Packages that give a golang:alpine stage a C compiler, turning cgo on. */
const C_TOOLCHAIN = new Set(['gcc', 'build-base', 'musl-dev', 'clang']);

function cgoOff(file: DockerfileModel, ins: DfInstruction, script: ShScript, cmd: ShCommand): boolean {
  const a = cmd.assignments.find((x) => x.name === 'CGO_ENABLED');
  if (a) return a.value === '0';
  // `-ldflags '-extldflags "-static"'` links libc in statically: fine for scratch.
  const ld = flagValue(cmd, '-ldflags', '--ldflags');
  if (ld && /-static\b/.test(ld.value)) return true;
  for (const c of script.commands) {
    if (c.span.start >= cmd.span.start) break;
    if (c.name === 'export' && c.argv.some((w) => w.value === 'CGO_ENABLED=0')) return true;
    if (c.name === 'go' && c.argv[1]?.value === 'env' && c.argv.some((w) => w.value === 'CGO_ENABLED=0')) return true;
  }
  const def = variableIndex(file).lookup('CGO_ENABLED', ins, cmd.span.start);
  if (def && def.source !== 'predefined') return def.value === '0' || def.value === null;
  return false;
}

/** Whether the build stage's image enables cgo by default (a C compiler on PATH). */
function cgoByDefault(file: DockerfileModel, stageIndex: number): boolean {
  const image = baseOf(file, stageIndex).image;
  if (image.sdk !== 'go' || image.family === 'windows') return false;
  if (image.family !== 'alpine') return image.family === 'debian' || image.family === 'ubuntu';
  return chainInstructions(file, stageIndex).some(
    (i) => i.keyword === 'RUN' && packageInstalls(shellOf(file, i)).some((p) => p.packages.some((w) => C_TOOLCHAIN.has(w.value))),
  );
}

export default defineDockerfileRule<Data>({
  id: 'CgoBinaryInScratch',
  severity: 'warning',
  message: (d) =>
    fill(
      {
        en: 'This Go build keeps cgo on, so the binary needs libc, and it is copied into {image}, which has none: it will not start. Build with CGO_ENABLED=0.',
        ru: 'Эта сборка Go идёт с включённым cgo, и бинарнику нужна libc, а копируется он в {image}, где её нет, — он не запустится. Собирайте с CGO_ENABLED=0.',
      },
      { image: d.image },
    ),
  check({ file, report }) {
    const seen = new Set<number>();
    for (const st of file.stages) {
      const target = baseOf(file, st.index).image;
      if (target.libc !== 'none' || !target.known) continue;
      // A scratch stage that only carries files to another stage (no start command, not the image) never runs them.
      const runs = st.index === file.stages.length - 1 || chainInstructions(file, st.index).some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
      if (!runs) continue;
      const image = target.ref?.raw ?? 'scratch';
      for (const copy of st.instructions) {
        if (copy.keyword !== 'COPY') continue;
        const from = copy.flags.find((f) => f.name.toLowerCase() === 'from')?.value;
        const src = from ? stageNamed(file, from, st.index) : undefined;
        if (src === undefined || !cgoByDefault(file, src)) continue;
        for (const ins of chainInstructions(file, src)) {
          if (ins.keyword !== 'RUN') continue;
          const script = shellOf(file, ins);
          if (!script) continue;
          for (const cmd of findCommand(script, 'go', 'build')) {
            if (seen.has(cmd.span.start) || cgoOff(file, ins, script, cmd)) continue;
            seen.add(cmd.span.start);
            const sub = cmd.argv[1] ?? cmd.argv[0];
            report({ start: cmd.argv[0].span.start, end: sub.span.end }, { data: { image, insertAt: script.execForm ? ins.span.start : cmd.span.start, exec: script.execForm } });
          }
        }
      }
    }
  },
  fix: {
    title: { en: 'Build with CGO_ENABLED=0', ru: 'Собирать с CGO_ENABLED=0' },
    edits: ({ file, data }) => {
      if (!data.exec) return [edit.insert(data.insertAt, 'CGO_ENABLED=0 ')];
      const line = file.doc.positionAt(data.insertAt).line;
      const indent = /^[ \t]*/.exec(file.doc.lineText(line))![0];
      return [edit.insert(file.doc.lineStart(line), `${indent}ENV CGO_ENABLED=0${file.doc.eol}`)];
    },
  },
});
