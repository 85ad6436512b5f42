// The final stage runs as root: no USER at all, or a last USER of root/0 (DL3002 covers the second).
// Notes: always run the application as an unprivileged user, even when the build needs root.
import { defineDockerfileRule } from '../../rule';
import { baseOf, chainInstructions } from '../baseImage';
import { isRootUser, type ImageInfo } from '../images';
import { findCommand, shellOf } from '../shell';
import { insertInStage } from '../stageEdit';
import type { DockerfileModel } from '../model';

type Data = { last: 'none' | 'root' };

/** Options of adduser/useradd that take a value, so the user name is found after them. */
const VALUED = new Set(['-u', '-g', '-G', '-h', '-s', '-k', '-d', '-c', '-e', '-f', '-p', '-K', '-b', '-Z', '--uid', '--gid', '--groups', '--home', '--home-dir', '--shell', '--gecos', '--comment', '--ingroup', '--skel', '--key', '--firstuid', '--lastuid', '--expiredate', '--inactive', '--password', '--base-dir', '--root', '--prefix']);

/** The user a RUN of the chain creates (`adduser -D app`, `useradd -r app`), if any. */
function createdUser(file: DockerfileModel, stageIndex: number): string | null {
  let found: string | null = null;
  for (const ins of chainInstructions(file, stageIndex)) {
    if (ins.keyword !== 'RUN') continue;
    for (const cmd of findCommand(shellOf(file, ins), ['useradd', 'adduser'])) {
      const args = cmd.argv.slice(1);
      let name: string | null = null;
      for (let k = 0; k < args.length; k++) {
        const v = args[k].value;
        if (v.startsWith('-')) {
          if (VALUED.has(v)) k++;
          continue;
        }
        name = args[k].dynamic ? null : v;
      }
      // `adduser app group` (Debian form) adds a user to a group: the user is the first word then.
      const positional = args.filter((w, k) => !w.value.startsWith('-') && !(k > 0 && VALUED.has(args[k - 1].value)));
      if (cmd.name === 'adduser' && positional.length === 2 && !args.some((w) => w.value.startsWith('-'))) name = null;
      if (name && /^[a-z_][a-z0-9_.-]*\$?$/i.test(name) && name !== 'root') found = name;
    }
  }
  return found;
}

/** The lines that give the stage a non-root user, fitted to its base image; null when we cannot tell. */
function userLines(image: ImageInfo, created: string | null): string[] | null {
  if (created) return [`USER ${created}`];
  if (image.family === 'windows') return null;
  if (image.users.length) return [`USER ${image.users[0]}`];
  if (image.shell === true && (image.packageManager === 'apk' || image.family === 'busybox')) {
    return ['RUN addgroup -S app && adduser -S -G app app', 'USER app'];
  }
  if (image.shell === true && ['apt', 'dnf', 'yum'].includes(image.packageManager)) {
    return ['RUN groupadd --system app && useradd --system --gid app app', 'USER app'];
  }
  // Without a shell or user tools a numeric uid still works: it needs no /etc/passwd entry.
  if (image.known) return ['USER 65532:65532'];
  return null;
}

/** Programs an entrypoint uses to drop root by itself (the official images' pattern). */
const STEP_DOWN = ['gosu', 'su-exec', 'setpriv', 'chpst'];

function stepsDownItself(file: DockerfileModel, stageIndex: number): boolean {
  return chainInstructions(file, stageIndex).some(
    (i) => i.keyword === 'RUN' && (shellOf(file, i)?.commands ?? []).some((c) => STEP_DOWN.includes(c.name) || c.argv.some((w) => STEP_DOWN.includes(w.value))),
  );
}

export default defineDockerfileRule<Data>({
  id: 'RootUser',
  severity: 'warning',
  aliases: { hadolint: ['DL3002'] },
  message: (d) =>
    d.last === 'root'
      ? {
          en: 'The image ends with USER root, so the container runs as root. Switch to an unprivileged user after the steps that need root.',
          ru: 'Образ заканчивается на USER root, и контейнер работает от root. После шагов, которым нужен root, переключитесь на непривилегированного пользователя.',
        }
      : {
          en: 'The final stage sets no USER, so the container runs as root. Add a non-root user and switch to it with USER.',
          ru: 'В финальной стадии нет USER, и контейнер работает от root. Создайте непривилегированного пользователя и переключитесь на него через USER.',
        },
  check({ file, report }) {
    const final = file.stages[file.stages.length - 1];
    if (!final) return;
    const base = baseOf(file, final.index);
    let lastUser = null;
    for (const ins of chainInstructions(file, final.index)) if (ins.keyword === 'USER') lastUser = ins;
    if (lastUser) {
      const value = lastUser.args[0]?.value ?? '';
      if (!value || value.includes('$') || !isRootUser(value)) return;
      // Images whose entrypoint drops root by itself are meant to start as root.
      if (base.image.stepsDown || stepsDownItself(file, final.index)) return;
      report(lastUser.argsSpan ?? lastUser.keywordSpan, { data: { last: 'root' } });
      return;
    }
    if (base.image.defaultUser !== 'root' || base.image.stepsDown || stepsDownItself(file, final.index)) return;
    report(final.imageSpan ?? final.from.keywordSpan, { data: { last: 'none' } });
  },
  fix: {
    title: { en: 'Run as a non-root user', ru: 'Запускать от непривилегированного пользователя' },
    edits: ({ file }) => {
      const final = file.stages[file.stages.length - 1];
      if (!final) return null;
      const lines = userLines(baseOf(file, final.index).image, createdUser(file, final.index));
      return lines ? [insertInStage(file, final, lines)] : null;
    },
  },
});
