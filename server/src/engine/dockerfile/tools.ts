// Whether a stage has a program such as curl or wget: from its base image's facts, or because a
// RUN installs it, calls it, or a COPY/ADD brings it in somewhere in the stage chain.
import type { DockerfileModel } from './model';
import type { Fact } from './images';
import { baseOf, chainInstructions } from './baseImage';
import { packageInstalls, shellOf, type ShCommand } from './shell';

/** Package names that provide a program (the program's own name always counts). */
const PROVIDERS: Record<string, readonly string[]> = {
  curl: ['curl', 'curl-minimal', 'curl-static'],
  wget: ['wget', 'wget2', 'busybox', 'busybox-extras'],
};

/** A command that runs a script of the project (`./install.sh`, `/opt/app/setup`, `sh x.sh`): it may install anything. */
function runsScript(c: ShCommand): boolean {
  const prog = c.argv[0]?.value ?? '';
  if (/\.(?:sh|bash)$/.test(prog)) return true;
  if (prog.includes('/') && !/^\/(?:usr\/)?s?bin\//.test(prog)) return true;
  return /^(?:ba|da|a)?sh$/.test(c.name) && /^[^-]/.test(c.argv[1]?.value ?? '-');
}

/** Whether the stage (with the stages it is built on) has `tool`: installed, copied in, or in the base image. */
export function stageHasTool(file: DockerfileModel, stageIndex: number, tool: string): Fact {
  const providers = PROVIDERS[tool] ?? [tool];
  const word = new RegExp(`(?:^|[^A-Za-z0-9_-])${tool}(?:$|[^A-Za-z0-9_-])`);
  // A RUN of a local script may install anything.
  let scripted = false;
  for (const ins of chainInstructions(file, stageIndex)) {
    if (ins.keyword === 'RUN') {
      const script = shellOf(file, ins);
      for (const inst of packageInstalls(script)) {
        if (inst.packages.some((p) => providers.includes(p.value.split(/[=<>~]/)[0]))) return true;
      }
      // A RUN that calls it (to download, or `curl --version`) shows it is there, or that it comes from a script.
      if (script?.commands.some((c) => c.name === tool)) return true;
      if (script?.commands.some(runsScript)) scripted = true;
      if (!script && word.test(file.text.slice(ins.span.start, ins.span.end))) return 'unknown';
    } else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && word.test(file.text.slice(ins.span.start, ins.span.end))) {
      return true;
    }
  }
  if (scripted) return 'unknown';
  const image = baseOf(file, stageIndex).image;
  return tool === 'curl' || tool === 'wget' ? image[tool] : 'unknown';
}
