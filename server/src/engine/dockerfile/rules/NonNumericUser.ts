// The image runs as a user name: Kubernetes' runAsNonRoot cannot verify a name, and hosts may map it differently.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { edit } from '../../text';
import { baseOf, chainInstructions } from '../baseImage';
import type { DockerfileModel } from '../model';
import { findCommand, flagValue, positionals, shellOf } from '../shell';

type Data = { user: string; uid: string | null };

/** Built-in accounts of Windows images, which may not be recognised by their image name. */
const WINDOWS_ACCOUNTS = new Set(['containeruser', 'containeradministrator']);

/** The uid a RUN of the chain gives the user (`useradd -u 10001 app`, `adduser -D -u 10001 app`), if any. */
function createdUid(file: DockerfileModel, stageIndex: number, user: string): string | null {
  let uid: string | null = null;
  for (const ins of chainInstructions(file, stageIndex)) {
    if (ins.keyword !== 'RUN') continue;
    for (const cmd of findCommand(shellOf(file, ins), ['useradd', 'adduser'])) {
      if (!positionals(cmd).some((w) => w.value === user)) continue;
      const v = flagValue(cmd, '-u', '--uid')?.value;
      if (v && /^\d+$/.test(v)) uid = v;
    }
  }
  return uid;
}

export default defineDockerfileRule<Data>({
  id: 'NonNumericUser',
  severity: 'hint',
  aliases: { hadolint: ['DL3066'] },
  message: (d) =>
    fill(
      d.uid
        ? {
            en: 'The image runs as the user name `{user}`. Use its uid (`USER {uid}`) so Kubernetes `runAsNonRoot` can check it and every host reads it the same way.',
            ru: 'Образ запускается от имени пользователя `{user}`. Укажите его uid (`USER {uid}`), чтобы Kubernetes `runAsNonRoot` мог это проверить и любой хост понимал его одинаково.',
          }
        : {
            en: 'The image runs as the user name `{user}`. Use a numeric uid (`USER 10001`) so Kubernetes `runAsNonRoot` can check it and every host reads it the same way.',
            ru: 'Образ запускается от имени пользователя `{user}`. Укажите числовой uid (`USER 10001`), чтобы Kubernetes `runAsNonRoot` мог это проверить и любой хост понимал его одинаково.',
          },
      { user: d.user, uid: d.uid ?? '' },
    ),
  check({ file, report }) {
    const last = file.stages[file.stages.length - 1];
    if (!last) return;
    // Only the last USER of the shipped chain decides whom the container runs as.
    const user = [...chainInstructions(file, last.index)].reverse().find((i) => i.keyword === 'USER' && i.args.length > 0);
    // Windows containers have no uids: ContainerUser is the way to say "not an administrator" there.
    if (!user || baseOf(file, last.index).image.family === 'windows') return;
    const word = user.args[0];
    const name = word.value.split(':')[0];
    // root is RootUser's business; variables are unknown here.
    if (!name || /^\d+$/.test(name) || name === 'root' || WINDOWS_ACCOUNTS.has(name.toLowerCase()) || name.includes('$') || /["']/.test(name)) return;
    report({ start: word.span.start, end: word.span.start + name.length }, { data: { user: name, uid: createdUid(file, last.index, name) } });
  },
  fix: {
    title: (d) => ({ en: `Use uid ${d.uid ?? ''}`, ru: `Указать uid ${d.uid ?? ''}` }),
    edits: ({ data, range }) => (data.uid ? [edit.replace(range, data.uid)] : null),
  },
});
