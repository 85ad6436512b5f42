// A `--flag` the instruction does not take (BuildKit: "unknown flag"), or one newer than the
// frontend the file pins with `# syntax=`.
import { defineDockerfileRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import { suggest, didYouMeanFixes, didYouMeanHint } from '../../suggest';
import { FLAGS, FLAGS_IGNORED_BY, effectiveFlags, flagNameSpan, flagSpec, frontendOf, frontendSupports, isInstruction, leadingFlagWords } from '../syntax';
import type { Span } from '../../text';

interface Data {
  keyword: string;
  flag: string;
  candidates: string[];
  /** Set when the flag exists but the pinned frontend is older than the version that has it. */
  since?: string;
  pinned?: string;
}

const unknown: Msg = {
  en: '{keyword} has no flag "--{flag}".{hint}',
  ru: 'У {keyword} нет флага «--{flag}».{hintRu}',
};
const noFlags: Msg = {
  en: '{keyword} takes no flags, so the builder refuses "--{flag}".',
  ru: '{keyword} не принимает флагов, поэтому сборщик отвергнет «--{flag}».',
};
const newer: Msg = {
  en: '"--{flag}" needs Dockerfile frontend {since} or newer, but "# syntax" pins {pinned}. Raise the version (docker/dockerfile:1 is always the newest).',
  ru: 'Флагу «--{flag}» нужен фронтенд Dockerfile версии {since} или новее, а «# syntax» закрепляет {pinned}. Поднимите версию (docker/dockerfile:1 — всегда самая новая).',
};

export default defineDockerfileRule<Data>({
  id: 'UnknownFlag',
  severity: 'error',
  message: (d) => {
    const args = { keyword: d.keyword, flag: d.flag, ...didYouMeanHint(d.candidates.map((c) => `--${c}`)) };
    if (d.since) return fill(newer, { flag: d.flag, since: d.since, pinned: d.pinned ?? '' });
    return fill(FLAGS[d.keyword] ? unknown : noFlags, args);
  },
  check({ file, report }) {
    const fe = frontendOf(file);
    const pinned = fe.directive?.value ?? '';
    const flagged = (span: Span, data: Data) => report(span, { data });
    for (const ins of file.instructions) {
      const table = FLAGS[ins.keyword];
      if (table) {
        // BuildKit never parses the flags of `HEALTHCHECK NONE`.
        if (ins.keyword === 'HEALTHCHECK' && ins.args[0]?.value.toUpperCase() === 'NONE') continue;
        for (const f of effectiveFlags(ins)) {
          const spec = flagSpec(ins.keyword, f.name);
          const span = flagNameSpan(f);
          if (!spec) {
            flagged(span, { keyword: ins.keyword, flag: f.name, candidates: suggest(f.name, table.map((t) => t.name)) });
          } else if (!frontendSupports(fe, spec)) {
            flagged(span, { keyword: ins.keyword, flag: f.name, candidates: [], since: spec.since, pinned });
          }
        }
      } else if (isInstruction(ins.keyword) && !(FLAGS_IGNORED_BY as readonly string[]).includes(ins.keyword)) {
        for (const w of leadingFlagWords(ins)) {
          const name = w.value.slice(2).split('=')[0];
          const span = { start: w.span.start, end: w.span.start + 2 + name.length };
          flagged(span, { keyword: ins.keyword, flag: name, candidates: [] });
        }
      }
    }
  },
  fixes: ({ data, range }) => (data.since ? [] : didYouMeanFixes(data.candidates, { start: range.start + 2, end: range.end })),
});
