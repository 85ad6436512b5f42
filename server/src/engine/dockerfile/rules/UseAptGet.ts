// `apt` is the interactive front end with an unstable output format; scripts (and Dockerfiles) use `apt-get`.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';
import { subcommand } from '../shell';
import { runsOf } from '../runEdits';

/** apt subcommands and their apt-get spelling; the others (`list`, `search`, `show`) have none. */
const APT_GET_EQUIVALENT: Record<string, string> = {
  update: 'update', upgrade: 'upgrade', install: 'install', remove: 'remove', purge: 'purge', autoremove: 'autoremove',
  'full-upgrade': 'dist-upgrade', 'dist-upgrade': 'dist-upgrade', clean: 'clean', autoclean: 'autoclean',
  source: 'source', 'build-dep': 'build-dep', download: 'download', satisfy: 'satisfy', changelog: 'changelog',
};

interface Data {
  /** Where `-get` goes (end of the `apt` word) and the subcommand to rename, if any. */
  at: number | null;
  rename: { start: number; end: number; to: string } | null;
}

export default defineDockerfileRule<Data>({
  id: 'UseAptGet',
  severity: 'warning',
  aliases: { hadolint: ['DL3027'] },
  message: {
    en: '`apt` is meant for people at a terminal; in a Dockerfile use `apt-get`.',
    ru: '`apt` рассчитан на человека за терминалом; в Dockerfile используйте `apt-get`.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'apt') continue;
        const prog = cmd.argv[0];
        const sub = subcommand(cmd);
        const to = sub ? APT_GET_EQUIVALENT[sub.value] : undefined;
        const plain = !prog.quoted && file.text.slice(prog.span.start, prog.span.end) === prog.value;
        const data: Data = {
          at: to && plain ? prog.span.end : null,
          rename: to && sub && to !== sub.value ? { start: sub.span.start, end: sub.span.end, to } : null,
        };
        report(prog.span, { data });
      }
    }
  },
  fix: {
    title: { en: 'Use apt-get', ru: 'Заменить на apt-get' },
    edits: ({ data }) => {
      if (data.at === null) return null;
      const edits = [edit.insert(data.at, '-get')];
      if (data.rename) edits.push(edit.replace(data.rename, data.rename.to));
      return edits;
    },
  },
});
