// InvalidPortSpec: a `ports` entry compose would refuse: short syntax `[IP:][HOST:]CONTAINER[/PROTO]`
// parsed the way docker parses it, and the long syntax's published range, protocol and host_ip.
import { defineComposeRule } from '../../rule';
import type { Msg } from '../../locale';
import type { Span } from '../../text';
import { get, items, pairs, type CNode, type ComposeModel } from '../model';
import { interpolate } from '../interpolation';
import { loadProject } from '../project';
import { subSpan } from './services';

interface Problem {
  /** Offsets into the value (when the value is written as is). */
  at?: [number, number];
  message: Msg;
}

const PROTOCOLS = ['tcp', 'udp', 'sctp'];

function isIPv4(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  return !!m && m.slice(1).every((x) => Number(x) <= 255);
}

function isIPv6(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || !s.includes(':') || (s.match(/::/g) ?? []).length > 1) return false;
  const groups = s.split(':');
  const last = groups[groups.length - 1];
  const v4 = last.includes('.');
  if (v4 && !isIPv4(last)) return false;
  const hex = (v4 ? groups.slice(0, -1) : groups).filter((g) => g !== '');
  return hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g)) && hex.length <= (v4 ? 6 : 8) && (s.includes('::') || hex.length === (v4 ? 6 : 8));
}

/** A port or `start-end` range: [start, end] or a reason. */
function portRange(s: string): [number, number] | Msg {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return { en: `"${s}" is not a port or a port range`, ru: `«${s}» — не порт и не диапазон портов` };
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (a > 65535 || b > 65535) return { en: `port ${Math.max(a, b)} is above 65535`, ru: `порт ${Math.max(a, b)} больше 65535` };
  if (b < a) return { en: `the range ${s} ends before it starts`, ru: `диапазон ${s} заканчивается раньше, чем начинается` };
  return [a, b];
}

/** Checks a short-syntax spec; offsets are into `spec`. */
export function checkShortPort(spec: string): Problem | undefined {
  const parts = spec.split(':');
  const n = parts.length;
  let containerWithProto = parts[n - 1];
  const hostPort = n >= 2 ? parts[n - 2] : '';
  const ip = n >= 3 ? parts.slice(0, n - 2).join(':') : '';
  const containerStart = spec.length - containerWithProto.length;
  const hostStart = containerStart - 1 - hostPort.length;
  const slash = containerWithProto.indexOf('/');
  let proto = '';
  if (slash >= 0) {
    proto = containerWithProto.slice(slash + 1);
    containerWithProto = containerWithProto.slice(0, slash);
    if (!PROTOCOLS.includes(proto.toLowerCase())) {
      return {
        at: [containerStart + slash + 1, spec.length],
        message: { en: `Unknown protocol "${proto}": use tcp, udp or sctp.`, ru: `Неизвестный протокол «${proto}»: используйте tcp, udp или sctp.` },
      };
    }
  }
  if (ip) {
    const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
    if (!isIPv4(bare) && !isIPv6(bare)) {
      return {
        at: [0, ip.length],
        message: {
          en: `"${ip}" is not an IP address${bare.includes(':') && !ip.startsWith('[') ? ' (write IPv6 addresses in brackets: [::1]:8080:80)' : ''}.`,
          ru: `«${ip}» — не IP-адрес${bare.includes(':') && !ip.startsWith('[') ? ' (IPv6-адрес пишется в скобках: [::1]:8080:80)' : ''}.`,
        },
      };
    }
  }
  if (!containerWithProto) {
    return { at: [Math.max(0, containerStart - 1), Math.max(containerStart, 1)], message: { en: 'The container port is missing.', ru: 'Не указан порт контейнера.' } };
  }
  const c = portRange(containerWithProto);
  if (!Array.isArray(c)) return { at: [containerStart, containerStart + containerWithProto.length], message: { en: `Container port: ${c.en}.`, ru: `Порт контейнера: ${c.ru}.` } };
  if (hostPort) {
    const h = portRange(hostPort);
    if (!Array.isArray(h)) return { at: [hostStart, hostStart + hostPort.length], message: { en: `Host port: ${h.en}.`, ru: `Порт хоста: ${h.ru}.` } };
    const cl = c[1] - c[0];
    const hl = h[1] - h[0];
    // docker maps equal-size ranges, or picks one host port of a range for a single container port.
    if (cl !== hl && !(cl === 0 && hl > 0)) {
      return {
        at: [hostStart, containerStart + containerWithProto.length],
        message: {
          en: `The host range ${hostPort} and the container range ${containerWithProto} differ in size.`,
          ru: `Диапазоны портов хоста ${hostPort} и контейнера ${containerWithProto} разной длины.`,
        },
      };
    }
  }
  return undefined;
}

function check(model: ComposeModel, env: ReadonlyMap<string, string>, port: CNode, report: (span: Span, message: Msg) => void): void {
  if (port.type === 'scalar') {
    if (typeof port.value === 'number') {
      if (!Number.isInteger(port.value) || port.value < 0 || port.value > 65535)
        report(port.span, { en: `${port.source} is not a port number (0-65535).`, ru: `${port.source} — не номер порта (0–65535).` });
      return;
    }
    if (typeof port.value !== 'string') return;
    const raw = port.value;
    const spec = raw.includes('$') ? interpolate(raw, env) : raw;
    if (spec === undefined) return;
    const p = checkShortPort(spec);
    if (!p) return;
    report(spec === raw && p.at ? subSpan(model, port, p.at[0], p.at[1]) : port.span, p.message);
    return;
  }
  if (port.type !== 'map') return;
  const text = (key: string) => {
    const n = get(port, key);
    if (!n || n.type !== 'scalar' || n.value === null) return undefined;
    const s = String(n.value);
    const v = s.includes('$') ? interpolate(s, env) : s;
    return v === undefined ? undefined : { v, n };
  };
  const published = text('published');
  if (published && published.v !== '') {
    const r = portRange(published.v);
    if (!Array.isArray(r)) report(published.n.span, { en: `Published port: ${r.en}.`, ru: `Публикуемый порт: ${r.ru}.` });
  }
  const proto = text('protocol');
  if (proto && !PROTOCOLS.includes(proto.v.toLowerCase())) {
    report(proto.n.span, { en: `Unknown protocol "${proto.v}": use tcp, udp or sctp.`, ru: `Неизвестный протокол «${proto.v}»: используйте tcp, udp или sctp.` });
  }
  const ip = text('host_ip');
  if (ip && ip.v !== '' && !isIPv4(ip.v) && !isIPv6(ip.v)) {
    report(ip.n.span, { en: `"${ip.v}" is not an IP address.`, ru: `«${ip.v}» — не IP-адрес.` });
  }
}

export default defineComposeRule({
  id: 'InvalidPortSpec',
  severity: 'error',
  message: { en: 'Compose cannot parse this port.', ru: 'Compose не сможет разобрать этот порт.' },
  check({ file, project, ws, report }) {
    const env = loadProject(file, project, ws).envValues;
    const seen = new Set<string>();
    for (const svc of pairs(get(file.root, 'services'))) {
      for (const port of items(get(svc.value, 'ports'))) {
        check(file, env, port, (span, message) => {
          const k = `${span.start}:${span.end}`;
          if (seen.has(k)) return;
          seen.add(k);
          report(span, { message });
        });
      }
    }
  },
});
