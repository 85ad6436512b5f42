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
    // Index by protocol and host port, so each binding is compared only with those on its ports.
    const byPort = new Map<string, typeof all>();
    for (const e of all) {
      for (const p of e.spec.hostPorts) {
        const key = `${e.spec.protocol}/${p}`;
        const list = byPort.get(key);
        if (list) list.push(e);
        else byPort.set(key, [e]);
      }
    }
    for (const a of all) {
      if (!a.ours) continue;
      const clash = a.spec.hostPorts
        .map((port) => ({ port, b: (byPort.get(`${a.spec.protocol}/${port}`) ?? []).find((b) => b.service !== a.service && overlaps(a.spec.hostIp, b.spec.hostIp) && canRunTogether(project, a.service, b.service)) }))
        .find((c) => c.b);
      if (clash?.b) report(a.spec.node.span, { data: { port: clash.port, other: clash.b.service } });
    }
  },
});
