// A single-stage file that compiles with an SDK image ships the whole toolchain. Notes: a build stage
// with the compiler, then a minimal runtime stage that only gets the artefact (COPY --from=build).
import * as path from 'node:path';
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { edit, type TextEdit } from '../../text';
import { baseOf } from '../baseImage';
import { lookupImage, type ImageInfo, type Sdk } from '../images';
import { findCommand, flagValue, positionals, shellOf, type ShCommand } from '../shell';
import { toExecForm } from '../execForm';
import { unquote } from '../variables';
import type { DfInstruction, DfStage, DockerfileModel } from '../model';

type Data = { sdk: Sdk; image: string };

/** The commands that compile, per toolchain. */
const BUILDS: Record<Sdk, (c: ShCommand) => boolean> = {
  go: (c) => c.name === 'go' && positionals(c)[0]?.value === 'build',
  rust: (c) => c.name === 'cargo' && ['build', 'install'].includes(positionals(c)[0]?.value ?? ''),
  java: (c) =>
    (/^(?:mvn|mvnw)$/.test(c.name.replace(/^\.\//, '')) && positionals(c).some((w) => ['package', 'install', 'verify'].includes(w.value))) ||
    (/^(?:gradle|gradlew)$/.test(c.name.replace(/^\.\//, '')) && positionals(c).some((w) => ['build', 'assemble', 'jar', 'bootJar', 'shadowJar', 'installDist'].includes(w.value))),
  dotnet: (c) => c.name === 'dotnet' && ['publish', 'build'].includes(positionals(c)[0]?.value ?? ''),
  c: (c) => ['gcc', 'g++', 'cc', 'c++', 'clang', 'make', 'cmake'].includes(c.name),
  node: (c) => {
    const pos = positionals(c).map((w) => w.value);
    if (['npm', 'pnpm', 'yarn'].includes(c.name)) return (pos[0] === 'run' && pos[1] === 'build') || (c.name !== 'npm' && pos[0] === 'build');
    return c.name === 'tsc' || (c.name === 'npx' && pos[0] === 'tsc');
  },
};

function buildCommands(file: DockerfileModel, stage: DfStage, sdk: Sdk): Array<{ ins: DfInstruction; cmd: ShCommand }> {
  const out: Array<{ ins: DfInstruction; cmd: ShCommand }> = [];
  for (const ins of stage.instructions) {
    if (ins.keyword !== 'RUN') continue;
    for (const cmd of shellOf(file, ins)?.commands ?? []) if (BUILDS[sdk](cmd)) out.push({ ins, cmd });
  }
  return out;
}

/** The working directory in effect at an instruction (absolute), or null when a variable hides it. */
function workdirAt(stage: DfStage, before: number): string | null {
  let dir = '/';
  for (const ins of stage.instructions) {
    if (ins.index >= before) break;
    if (ins.keyword !== 'WORKDIR' || !ins.args.length) continue;
    const v = unquote(ins.args.map((a) => a.value).join(' '));
    if (v.includes('$')) return null;
    dir = path.posix.resolve(dir, v);
  }
  return dir;
}

function lastOf(stage: DfStage, keyword: string): DfInstruction | undefined {
  return [...stage.instructions].reverse().find((i) => i.keyword === keyword);
}

/** The start command's words: ENTRYPOINT's when there is one, else CMD's. */
function startWords(file: DockerfileModel, stage: DfStage): string[] {
  const ins = lastOf(stage, 'ENTRYPOINT') ?? lastOf(stage, 'CMD');
  const cmd = ins ? shellOf(file, ins)?.commands[0] : undefined;
  return cmd && cmd.depth === 0 ? cmd.words.map((w) => (w.dynamic ? '$' : w.value)) : [];
}

/** An absolute path for a path the program names, or null. */
function absolute(dir: string | null, p: string | undefined): string | null {
  if (!p || p.includes('$') || dir === null) return null;
  return path.posix.resolve(dir, p);
}

interface Plan {
  runtime: string;
  /** [source, destination] of the COPY --from=build. */
  copy: [string, string];
  /** Edits of the build stage beyond naming it (e.g. CGO_ENABLED=0). */
  extra: TextEdit[];
}

const SUITE = /(?:^|-)(bookworm|trixie)(?:$|-)/;
const DISTROLESS_SUITE: Record<string, string> = { bookworm: 'debian12', trixie: 'debian13' };

/** What to copy and where to run it, per toolchain; null when the artefact cannot be told. */
function plan(file: DockerfileModel, stage: DfStage, sdk: Sdk, image: ImageInfo): Plan | null {
  const tag = (image.ref?.tag ?? '').toLowerCase();
  const builds = buildCommands(file, stage, sdk);
  const finalDir = workdirAt(stage, Infinity);
  const start = startWords(file, stage);
  if (sdk === 'go') {
    const b = builds[builds.length - 1];
    const out = flagValue(b.cmd, '-o');
    const artefact = out ? absolute(workdirAt(stage, b.ins.index), out.value) : start[0]?.includes('/') ? absolute(finalDir, start[0]) : null;
    if (!artefact || out?.value.endsWith('/')) return null;
    // Built with cgo the binary needs libc; the notes build Go for minimal images with CGO_ENABLED=0.
    const cgoOn = image.family !== 'alpine' && !b.cmd.assignments.some((a) => a.name === 'CGO_ENABLED') && !/CGO_ENABLED=0/.test(file.text.slice(stage.span.start, b.ins.span.start));
    return { runtime: 'gcr.io/distroless/static-debian12:nonroot', copy: [artefact, artefact], extra: cgoOn && !shellOf(file, b.ins)!.execForm ? [edit.insert(b.cmd.span.start, 'CGO_ENABLED=0 ')] : [] };
  }
  if (sdk === 'rust') {
    const artefact = start[0]?.includes('/') ? absolute(finalDir, start[0]) : null;
    if (!artefact) return null;
    if (image.family === 'alpine') return { runtime: 'alpine:3.20', copy: [artefact, artefact], extra: [] };
    const suite = SUITE.exec(tag)?.[1];
    return suite ? { runtime: `gcr.io/distroless/cc-${DISTROLESS_SUITE[suite]}:nonroot`, copy: [artefact, artefact], extra: [] } : null;
  }
  if (sdk === 'java') {
    const jar = start.indexOf('-jar');
    const artefact = jar >= 0 ? absolute(finalDir, start[jar + 1]) : null;
    // maven/gradle tags name the JDK after the tool's version (`3.9-eclipse-temurin-21`, `8.5-jdk21`).
    const tool = ['maven', 'gradle'].includes(image.ref?.repository ?? '');
    const version = (tool ? /(?:temurin|corretto|openjdk|semeru|sapmachine|jdk)-?(\d{1,2})(?:\D|$)/ : /^(\d{1,2})(?:\D|$)/).exec(tag)?.[1];
    if (!artefact || !version) return null;
    const dest = /[*?[]/.test(artefact) ? path.posix.dirname(artefact) + '/' : artefact;
    return { runtime: `eclipse-temurin:${version}-jre${image.family === 'alpine' ? '-alpine' : ''}`, copy: [artefact, dest], extra: [] };
  }
  if (sdk === 'dotnet') {
    const b = builds.find((x) => positionals(x.cmd)[0]?.value === 'publish');
    const out = b && flagValue(b.cmd, '-o', '--output');
    const dir = b && out ? absolute(workdirAt(stage, b.ins.index), out.value) : null;
    const m = /^(\d+\.\d+)(?:\.\d+)?(-.*)?$/.exec(tag);
    if (!dir || !m) return null;
    const variant = (m[2] ?? '').replace(/-(?:amd64|arm64v8|arm32v7)$/, '');
    const runtime = `mcr.microsoft.com/dotnet/aspnet:${m[1]}${variant}`;
    return { runtime, copy: [dir.endsWith('/') ? dir : dir + '/', dir.endsWith('/') ? dir : dir + '/'], extra: [] };
  }
  if (sdk === 'node') {
    if (image.curl !== true || !finalDir || finalDir === '/' || !tag) return null;
    const runtime = `node:${tag}-slim`;
    if (!lookupImage(runtime).known) return null;
    const dir = finalDir.endsWith('/') ? finalDir : finalDir + '/';
    return { runtime, copy: [dir, dir], extra: [] };
  }
  return null;
}

/** The runtime stage's start instruction, in exec form when the runtime has no shell. */
function startLine(file: DockerfileModel, ins: DfInstruction, shell: boolean): string | null {
  const text = file.text.slice(ins.span.start, ins.span.end);
  if (ins.execForm || shell) return text.includes('\n') || text.includes('\r') ? null : text;
  const exec = toExecForm(file, ins);
  return exec ? `${ins.keywordRaw} ${exec.text}` : null;
}

export default defineDockerfileRule<Data>({
  id: 'PreferMultiStageBuild',
  severity: 'info',
  message: (d) =>
    fill(
      {
        en: 'This single stage builds with {image} and ships the whole toolchain. Build in a stage (AS build) and copy only the result into a small runtime image.',
        ru: 'Эта единственная стадия собирает приложение в {image} и тащит в образ весь инструментарий. Соберите в отдельной стадии (AS build) и скопируйте в маленький образ для запуска только результат.',
      },
      { image: d.image },
    ),
  check({ file, report }) {
    if (file.stages.length !== 1) return;
    const stage = file.stages[0];
    const image = baseOf(file, 0).image;
    const sdk = image.sdk;
    if (!sdk || sdk === 'unknown' || !stage.imageSpan) return;
    if (!buildCommands(file, stage, sdk).length) return;
    // A node image on alpine or slim is already small: splitting gains little.
    if (sdk === 'node' && image.curl !== true) return;
    report(stage.imageSpan, { data: { sdk, image: image.ref?.raw ?? '' } });
  },
  fix: {
    title: { en: 'Split into a build stage and a runtime stage', ru: 'Разделить на стадию сборки и стадию запуска' },
    edits: ({ file, data }) => {
      const stage = file.stages[0];
      if (file.stages.length !== 1 || !stage?.imageSpan) return null;
      const image = baseOf(file, 0).image;
      const p = plan(file, stage, data.sdk, image);
      if (!p) return null;
      const runtime = lookupImage(p.runtime);
      const name = stage.name ?? 'build';
      // New keywords follow the file's casing (`from` files stay lower case).
      const lower = stage.from.keywordRaw === stage.from.keywordRaw.toLowerCase();
      const k = (keyword: string) => (lower ? keyword.toLowerCase() : keyword);
      const lines = [`${k('FROM')} ${p.runtime}`];
      const dir = workdirAt(stage, Infinity);
      if (dir && dir !== '/') lines.push(`${k('WORKDIR')} ${dir}`);
      lines.push(`${k('COPY')} --from=${name} ${p.copy[0]} ${p.copy[1]}`);
      for (const ins of stage.instructions) if (ins.keyword === 'EXPOSE') lines.push(file.text.slice(ins.span.start, ins.span.end));
      if (runtime.defaultUser === 'root' && runtime.users.length) lines.push(`${k('USER')} ${runtime.users[0]}`);
      for (const kw of ['ENTRYPOINT', 'CMD']) {
        const ins = lastOf(stage, kw);
        if (!ins) continue;
        const line = startLine(file, ins, runtime.shell === true);
        if (!line) return null;
        lines.push(line);
      }
      const eol = file.doc.eol;
      const edits: TextEdit[] = [...p.extra];
      if (!stage.name) edits.push(edit.insert(stage.imageSpan.end, ` ${k('AS')} build`));
      const endsWithBreak = /\r?\n$/.test(file.text);
      edits.push(edit.insert(file.text.length, (endsWithBreak ? '' : eol) + eol + lines.join(eol) + eol));
      return edits;
    },
  },
});
