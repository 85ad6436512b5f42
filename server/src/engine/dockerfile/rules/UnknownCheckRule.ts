// A rule name in `# check=skip=`, `# hadolint ignore=` or `# dockwise-ignore` that no check has:
// the comment silences nothing, usually because of a typo.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { suggest, didYouMeanFixes, didYouMeanHint } from '../../suggest';
import { allRules, isKnownRuleName } from '../../registry';
import { BUILDKIT_CHECKS } from '../syntax';
import type { Span } from '../../text';

interface Data {
  name: string;
  candidates: string[];
}

type Kind = 'check' | 'hadolint' | 'dockwise';

/** A hadolint or ShellCheck code: hadolint knows them even where Dockwise has no rule. */
const FOREIGN_CODE = /^(?:DL|SC)\d{4}$/i;

function known(name: string, kind: Kind): boolean {
  if (name === '*' || (kind === 'check' && name.toLowerCase() === 'all')) return true;
  if (isKnownRuleName(name) || BUILDKIT_CHECKS.includes(name)) return true;
  return kind === 'hadolint' && FOREIGN_CODE.test(name);
}

function candidates(): string[] {
  return [...new Set([...allRules.map((r) => r.id), ...BUILDKIT_CHECKS])];
}

/** Finds the rule-name list in one comment line and yields each name with its span. */
function namesIn(line: string, lineStart: number): Array<{ name: string; span: Span; kind: Kind }> {
  const patterns: Array<[RegExp, Kind]> = [
    [/^(\s*#\s*check\s*=(?:[^;]*;)*?\s*skip\s*=)([^;]*)/i, 'check'],
    [/^(\s*#\s*hadolint\s+(?:global\s+|stage\s+)?ignore\s*=)(.*)$/i, 'hadolint'],
    [/^(\s*#\s*dockwise-ignore(?:-file)?\s)(.*)$/i, 'dockwise'],
  ];
  for (const [re, kind] of patterns) {
    const m = re.exec(line);
    if (!m) continue;
    const out: Array<{ name: string; span: Span; kind: Kind }> = [];
    for (const w of m[2].matchAll(/[^\s,]+/g)) {
      const at = lineStart + m[1].length + w.index!;
      out.push({ name: w[0], span: { start: at, end: at + w[0].length }, kind });
    }
    return out;
  }
  return [];
}

export default defineDockerfileRule<Data>({
  id: 'UnknownCheckRule',
  severity: 'warning',
  message: (d) =>
    fill(
      {
        en: 'No check is named "{name}", so nothing is silenced.{hint}',
        ru: 'Проверки с именем «{name}» нет, поэтому ничего не отключается.{hintRu}',
      },
      { name: d.name, ...didYouMeanHint(d.candidates) },
    ),
  check({ file, report }) {
    const lines = new Set<number>([...file.directives.map((d) => d.line), ...file.comments.map((c) => c.line)]);
    for (const l of [...lines].sort((a, b) => a - b)) {
      for (const n of namesIn(file.doc.lineText(l), file.doc.lineStart(l))) {
        if (known(n.name, n.kind)) continue;
        report(n.span, { data: { name: n.name, candidates: suggest(n.name, candidates()) } });
      }
    }
  },
  fixes: ({ data, range }) => didYouMeanFixes(data.candidates, range),
});
