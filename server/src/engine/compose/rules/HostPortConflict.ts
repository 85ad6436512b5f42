// Two services publishing the same host port (and protocol, on overlapping addresses): the second cannot bind it.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { effectiveService } from '../project';
import { canRunTogether, ports, projectOf, resolved, type PortSpec } from './services';

const WILDCARD = new Set(['', '0.0.0.0', '::']);

/** Whether two bindings of one port collide: same address, or one listens on every address. */
function overlaps(a: string | undefined, b: string | undefined): boolean {
  const x = a ?? '';
  const y = b ?? '';
  return x === y || WILDCARD.has(x) || WILDCARD.has(y);
}

export default defineComposeRule<{ port: number; other: string }>({
  id: 'HostPortConflict',
  severity: 'error',
  message: (d) => fill({ en: 'Host port {port} is also published by service "{other}"; only one container can bind it.', ru: 'Порт хоста {port} уже публикует сервис «{other}»: занять его может только один контейнер.' }, d),
  check(ctx) {
    const { file, report } = ctx;
    const project = projectOf(ctx);
    const all: Array<{ service: string; spec: PortSpec; ours: boolean }> = [];
    for (const name of project.services.keys()) {
      const eff = effectiveService(project, name);
      if (!eff || resolved(project, eff.get(['network_mode'])?.node) === 'host') continue;
      for (const part of eff.parts) {
        if (part.extended) continue;
        for (const spec of ports(project, part.map)) all.push({ service: name, spec, ours: part.file.model === file });
      }
    }
    const reported = new Set<number>();
    for (const a of all) {
      if (!a.ours || reported.has(a.spec.node.span.start)) continue;
      for (const b of all) {
        if (b.service === a.service || !canRunTogether(project, a.service, b.service)) continue;
        if (a.spec.protocol !== b.spec.protocol || !overlaps(a.spec.hostIp, b.spec.hostIp)) continue;
        const port = a.spec.hostPorts.find((p) => b.spec.hostPorts.includes(p));
        if (port === undefined) continue;
        reported.add(a.spec.node.span.start);
        report(a.spec.node.span, { data: { port, other: b.service } });
        break;
      }
    }
  },
});
