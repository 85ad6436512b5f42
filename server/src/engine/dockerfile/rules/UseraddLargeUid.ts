// useradd writes the new uid's slot into /var/log/lastlog and faillog; a large uid makes those files huge.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { findCommand, flagValue, flagWord, hasFlag } from '../shell';
import { insertAfter, runsOf } from '../runEdits';

/** Above this uid the log files grow past about 19 MB (292 bytes a uid in lastlog alone). */
const LARGE_UID = 65535;

export default defineDockerfileRule<{ at: number; uid: string }>({
  id: 'UseraddLargeUid',
  severity: 'warning',
  aliases: { hadolint: ['DL3046'] },
  message: (d) =>
    fill(
      {
        en: '`useradd` with uid {uid} and without `-l` writes a sparse /var/log/lastlog that the layer stores at full size (hundreds of MB for big uids). Add `-l` (`--no-log-init`).',
        ru: '`useradd` с uid {uid} и без `-l` создаёт разреженный /var/log/lastlog, который в слое хранится целиком (сотни МБ при больших uid). Добавьте `-l` (`--no-log-init`).',
      },
      { uid: d.uid },
    ),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of findCommand(run, 'useradd')) {
        if (hasFlag(cmd, '-l', '--no-log-init')) continue;
        const uid = flagValue(cmd, '-u', '--uid');
        if (!uid || !/^\d+$/.test(uid.value) || Number(uid.value) <= LARGE_UID) continue;
        const flag = flagWord(cmd, '-u', '--uid');
        report({ start: Math.min(flag?.span.start ?? uid.span.start, uid.span.start), end: uid.span.end }, { data: { at: cmd.argv[0].span.end, uid: uid.value } });
      }
    }
  },
  fix: {
    title: { en: 'Add -l', ru: 'Добавить -l' },
    edits: ({ data }) => [insertAfter({ start: data.at, end: data.at }, '-l')],
  },
});
