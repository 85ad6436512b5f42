// With `trustedRegistries` configured, every image the build pulls must come from one of them.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import type { Span } from '../../text';
import { fromImages } from '../baseImage';
import { copyFrom, mountFroms } from '../copyPaths';
import { parseImageRef, type ImageRef } from '../images';

/** Names Docker Hub goes by; a trusted entry of any of them trusts the others. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com', 'registry.hub.docker.com']);

function normalize(entry: string): string {
  const e = entry.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const [host, ...rest] = e.split('/');
  return [DOCKER_HUB.has(host) ? 'docker.io' : host, ...rest].join('/');
}

/** An entry trusts a registry (`ghcr.io`), a wildcard of hosts (`*.example.com`, `*`) or a path prefix (`ghcr.io/acme`). */
function isTrusted(ref: ImageRef, trusted: string[]): boolean {
  const full = `${ref.registry}/${ref.repository}`;
  return trusted.map(normalize).some((t) => {
    if (t === '*') return true;
    if (t.startsWith('*.')) return ref.registry.endsWith(t.slice(1));
    if (t.includes('/')) return full === t || full.startsWith(t + '/');
    return ref.registry === t;
  });
}

export default defineDockerfileRule<{ registry: string; trusted: string }>({
  id: 'UntrustedRegistry',
  // Off until `trustedRegistries` is configured: the check returns at once without that list.
  severity: 'warning',
  aliases: { hadolint: ['DL3026'] },
  message: (d) =>
    fill(
      {
        en: 'The image comes from `{registry}`, which is not among the trusted registries ({trusted}). Pull it from a trusted registry.',
        ru: 'Образ берётся из `{registry}`, которого нет среди доверенных реестров ({trusted}). Берите его из доверенного реестра.',
      },
      d,
    ),
  check({ file, config, report }) {
    const trusted = config.trustedRegistries.filter((t) => t.trim() !== '');
    if (!trusted.length) return;
    const list = trusted.join(', ');
    const pulled: Array<{ ref: ImageRef; span: Span }> = fromImages(file).map((f) => ({ ref: f.ref, span: f.span }));
    // `COPY --from=image` and `RUN --mount=from=image` pull images too.
    for (const ins of file.instructions) {
      for (const from of ins.keyword === 'COPY' ? [copyFrom(file, ins)] : mountFroms(ins)) {
        if (!from || from.value.includes('$') || /^\d+$/.test(from.value) || file.stageByName(from.value)) continue;
        const ref = parseImageRef(from.value);
        if (ref && !(ref.registry === 'docker.io' && ref.repository === 'scratch')) pulled.push({ ref, span: from.span });
      }
    }
    for (const { ref, span } of pulled) {
      if (!isTrusted(ref, trusted)) report(span, { data: { registry: ref.registry, trusted: list } });
    }
  },
});
