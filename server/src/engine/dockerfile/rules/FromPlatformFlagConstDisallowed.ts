// BuildKit's FromPlatformFlagConstDisallowed: a constant FROM --platform pins the stage to one platform,
// unless the stage name says so (`build_amd64`).
import { defineDockerfileRule } from '../../rule';

/** containerd's spellings of architectures, normalized. */
const ARCH: Record<string, string> = {
  'x86_64': 'amd64', 'x86-64': 'amd64', amd64: 'amd64',
  aarch64: 'arm64', arm64: 'arm64', armhf: 'arm', armel: 'arm', arm: 'arm',
  i386: '386', i686: '386', '386': '386',
  ppc64le: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', mips64le: 'mips64le', mips64: 'mips64', loong64: 'loong64', wasm: 'wasm',
};
const OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'android', 'ios', 'aix', 'plan9', 'wasip1', 'js']);

/** OS and architecture of a platform string, or null when containerd would not parse it. */
export function parsePlatform(text: string): { os: string; arch: string } | null {
  const parts = text.toLowerCase().split('/');
  if (parts.length === 1) {
    if (OS.has(parts[0])) return { os: parts[0], arch: 'amd64' };
    return ARCH[parts[0]] ? { os: 'linux', arch: ARCH[parts[0]] } : null;
  }
  if (parts.length > 3 || !OS.has(parts[0]) || !ARCH[parts[1]]) return null;
  return { os: parts[0], arch: ARCH[parts[1]] };
}

export default defineDockerfileRule<{ platform: string }>({
  id: 'FromPlatformFlagConstDisallowed',
  severity: 'warning',
  aliases: { hadolint: ['DL3029'] },
  message: (d) => ({
    en: `FROM --platform=${d.platform} pins this stage to one platform; leave it to the build's --platform, use $BUILDPLATFORM, or name the stage after the platform.`,
    ru: `FROM --platform=${d.platform} жёстко привязывает стадию к одной платформе; оставьте выбор флагу --platform сборки, используйте $BUILDPLATFORM или назовите стадию по платформе.`,
  }),
  check({ file, report }) {
    for (const st of file.stages) {
      const flag = st.from.flags.find((f) => f.name.toLowerCase() === 'platform');
      if (!flag?.valueSpan || flag.value === null) continue;
      const value = flag.value.replace(/^["']|["']$/g, '');
      if (value.includes('$')) continue;
      const p = parsePlatform(value);
      if (!p) continue;
      const name = st.name ?? '';
      if (name.includes(p.os) || name.includes(p.arch)) continue;
      report(flag.valueSpan, { data: { platform: value } });
    }
  },
});
