// A `# syntax=docker/dockerfile:1.x` pin selects that frontend version; features added later are
// parse errors there even though the local BuildKit knows them.
import { defineDockerfileRule } from '../../rule';
import { edit } from '../../text';
import { fill, type Msg } from '../../locale';
import type { Span } from '../../text';
import type { DockerfileModel } from '../model';

interface Feature {
  what: string;
  /** First stable [major, minor]; null when only labs has it. */
  stable: [number, number] | null;
  /** First labs [major, minor]. */
  labs: [number, number];
  /** The old `experimental` frontends had it. */
  experimental?: boolean;
}

/** From the Dockerfile frontend release notes. */
const FEATURES: Record<string, Feature> = {
  'RUN --mount': { what: 'RUN --mount', stable: [1, 2], labs: [1, 2], experimental: true },
  'RUN --network': { what: 'RUN --network', stable: [1, 3], labs: [1, 2], experimental: true },
  heredoc: { what: 'heredocs', stable: [1, 4], labs: [1, 3] },
  '--link': { what: '--link', stable: [1, 4], labs: [1, 4] },
  'ADD --checksum': { what: 'ADD --checksum', stable: [1, 6], labs: [1, 5] },
  '--exclude': { what: '--exclude', stable: [1, 19], labs: [1, 7] },
  'COPY --parents': { what: 'COPY --parents', stable: null, labs: [1, 7] },
  'ADD --unpack': { what: 'ADD --unpack', stable: [1, 17], labs: [1, 17] },
};

interface Pin {
  major: number;
  minor: number;
  labs: boolean;
  experimental: boolean;
}

/** The version a `docker/dockerfile:<tag>` directive pins; null when it floats (`1`, `latest`) or is another frontend. */
export function pinnedVersion(value: string): Pin | null {
  const m = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?:([^@\s]+)/i.exec(value.trim());
  if (!m) return null;
  const tag = m[1].toLowerCase();
  if (tag === 'experimental') return { major: 1, minor: 1, labs: false, experimental: true };
  const v = /^(\d+)\.(\d+)(?:\.\d+)?(-labs|-experimental)?$/.exec(tag);
  if (!v) return null;
  return { major: +v[1], minor: +v[2], labs: v[3] === '-labs', experimental: v[3] === '-experimental' };
}

function supports(pin: Pin, f: Feature): boolean {
  const atLeast = (x: [number, number] | null) => !!x && (pin.major > x[0] || (pin.major === x[0] && pin.minor >= x[1]));
  if (pin.experimental && f.experimental) return true;
  return atLeast(f.stable) || (pin.labs && atLeast(f.labs));
}

function usedFeatures(file: DockerfileModel): Array<{ key: string; span: Span }> {
  const out: Array<{ key: string; span: Span }> = [];
  for (const ins of file.instructions) {
    for (const f of ins.flags) {
      const name = f.name.toLowerCase();
      const key =
        ins.keyword === 'RUN' && (name === 'mount' || name === 'network') ? `RUN --${name}`
        : (ins.keyword === 'COPY' || ins.keyword === 'ADD') && (name === 'link' || name === 'exclude') ? `--${name}`
        : ins.keyword === 'COPY' && name === 'parents' ? 'COPY --parents'
        : ins.keyword === 'ADD' && (name === 'checksum' || name === 'unpack') ? `ADD --${name}`
        : null;
      if (key) out.push({ key, span: f.nameSpan.start > 0 ? { start: f.span.start, end: f.nameSpan.end } : f.span });
    }
    for (const h of ins.heredocs) {
      // The marker as written: `<<EOF`, `<<-EOF`, `<<"EOF"`.
      const lead = file.text.lastIndexOf('<<', h.nameSpan.start);
      const start = lead >= 0 && h.nameSpan.start - lead <= 4 ? lead : h.nameSpan.start;
      out.push({ key: 'heredoc', span: { start, end: h.nameSpan.end } });
    }
  }
  return out;
}

const MESSAGE: Msg = {
  en: '{what} needs a newer Dockerfile frontend than `{pin}`. Use `# syntax=docker/dockerfile:1`.',
  ru: 'Для {what} нужен более новый frontend Dockerfile, чем `{pin}`. Укажите `# syntax=docker/dockerfile:1`.',
};

interface Data {
  what: string;
  pin: string;
  directive: Span;
  labsOnly: boolean;
}

export default defineDockerfileRule<Data>({
  id: 'MountNeedsNewerSyntax',
  severity: 'warning',
  message: (d) => fill(MESSAGE, { what: d.what, pin: d.pin }),
  check({ file, report }) {
    const directive = file.directives.find((d) => d.name === 'syntax');
    if (!directive) return;
    const pin = pinnedVersion(directive.value);
    if (!pin) return;
    const uses = usedFeatures(file);
    // One bump must serve every feature of the file: labs when any of them is labs-only.
    const labsOnly = pin.labs || uses.some((u) => FEATURES[u.key].stable === null);
    for (const use of uses) {
      const f = FEATURES[use.key];
      if (supports(pin, f)) continue;
      report(use.span, { data: { what: f.what, pin: directive.value, directive: directive.valueSpan, labsOnly } });
    }
  },
  fix: {
    title: (d) => ({ en: `Use docker/dockerfile:1${d.labsOnly ? '-labs' : ''}`, ru: `Указать docker/dockerfile:1${d.labsOnly ? '-labs' : ''}` }),
    edits: ({ data }) => [edit.replace(data.directive, `docker/dockerfile:1${data.labsOnly ? '-labs' : ''}`)],
  },
});
