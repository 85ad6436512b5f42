// ADD of plain local files: COPY does the same without ADD's surprises (URL fetch, tar extraction) (DL3020).
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';

/** Flags only ADD has: with any of them the author wants ADD's behaviour. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);
/** Names ADD may unpack (tar, possibly compressed): ADD is right for them. */
const ARCHIVE = /\.(?:tar|tgz|taz|tbz|tbz2|tb2|txz|tlz|tzst|tz|gz|bz2|xz|lz|lzma|lz4|zst|z)$/i;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)|\.git(?:#.*)?$/i;

export default defineDockerfileRule({
  id: 'AddInsteadOfCopy',
  severity: 'warning',
  aliases: { hadolint: ['DL3020'] },
  message: {
    en: 'ADD copies local files here; use COPY. ADD is for URLs, Git repositories and tar archives it should unpack.',
    ru: 'Здесь ADD просто копирует локальные файлы — используйте COPY. ADD нужен для URL, Git-репозиториев и tar-архивов, которые надо распаковать.',
  },
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'ADD' || ins.stageIndex < 0) continue;
      if (ins.flags.some((f) => ADD_ONLY_FLAGS.has(f.name.toLowerCase()))) continue;
      const words = ins.execForm ?? (ins.heredocs.length ? null : ins.args.map((a) => a.value));
      if (!words || words.length < 2) continue;
      const sources = words.slice(0, -1).map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
      if (sources.some((s) => s.includes('$') || REMOTE.test(s) || ARCHIVE.test(s))) continue;
      report(ins.keywordSpan);
    }
  },
  fix: {
    title: { en: 'Use COPY', ru: 'Заменить на COPY' },
    edits: ({ file, range }) => {
      const kw = file.text.slice(range.start, range.end);
      const copy = kw === kw.toLowerCase() ? 'copy' : kw === kw.toUpperCase() ? 'COPY' : 'Copy';
      return [edit.replace(range, copy)];
    },
  },
});
