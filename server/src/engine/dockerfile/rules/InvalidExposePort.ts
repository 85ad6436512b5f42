// EXPOSE values the builder cannot read as `[ip:][hostPort:]port[-end][/tcp|udp|sctp]`.
import { defineDockerfileRule } from '../../rule';
import { fill } from '../../locale';
import { hasVariable, unquote } from '../syntax';

const PROTOCOLS = ['tcp', 'udp', 'sctp'];
const RANGE = /^(\d+)(?:-(\d+))?$/;

/** Why a port word is refused, or null when the builder accepts it. */
export function exposeProblem(word: string): string | null {
  const slash = word.indexOf('/');
  const proto = slash < 0 ? '' : word.slice(slash + 1);
  const spec = slash < 0 ? word : word.slice(0, slash);
  if (!spec) return 'empty';
  if (proto && !PROTOCOLS.includes(proto.toLowerCase())) return 'proto';
  const parts = spec.split(':');
  const container = parts[parts.length - 1];
  const host = parts.length >= 2 ? parts[parts.length - 2] : '';
  const ip = parts.length >= 3 ? parts.slice(0, -2).join(':').replace(/^\[|\]$/g, '') : '';
  const range = (s: string) => {
    const m = RANGE.exec(s);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    return a <= 65535 && b <= 65535 && a <= b ? b - a : null;
  };
  const c = range(container);
  if (c === null) return 'port';
  if (host) {
    const h = range(host);
    if (h === null) return 'port';
    if (c > 0 && h !== c) return 'port';
  }
  if (ip && !/^(?:\d{1,3}\.){3}\d{1,3}$/.test(ip) && !/^[0-9a-fA-F:.]+$/.test(ip)) return 'ip';
  return null;
}

export default defineDockerfileRule<{ value: string }>({
  id: 'InvalidExposePort',
  severity: 'error',
  aliases: { hadolint: ['DL3011'] },
  message: (d) =>
    fill(
      {
        en: '"{value}" is not a port to expose: use a number from 0 to 65535, a range like 8000-8010, optionally with /tcp, /udp or /sctp.',
        ru: '«{value}» — не порт для EXPOSE: укажите число от 0 до 65535 или диапазон вида 8000-8010, можно с /tcp, /udp или /sctp.',
      },
      d,
    ),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const a of ins.args) {
        if (a.value.startsWith('--') || hasVariable(a.value)) continue;
        const v = unquote(a.value);
        if (exposeProblem(v)) report(a.span, { data: { value: v } });
      }
    }
  },
});
