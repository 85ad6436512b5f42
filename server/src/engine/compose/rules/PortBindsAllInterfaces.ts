// A published port without a host address listens on every interface of the host: a database or
// broker becomes reachable from the network (the notes: bind to 127.0.0.1).
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get, pairOf } from '../model';
import { effectiveService } from '../project';
import { ownServices, ports, projectOf, resolved, valueSpan } from './services';
import { serviceImage, storeKind } from './datastores';
import { appendToMap } from './yamlEdit';

export default defineComposeRule<{ service: string; kind?: string; long: boolean }>({
  id: 'PortBindsAllInterfaces',
  severity: 'info',
  message: (d) =>
    d.kind
      ? fill({ en: 'This {kind} port is published on all host interfaces, so it is reachable from the network. Bind it to 127.0.0.1 unless other machines must reach it.', ru: 'Порт {kind} опубликован на всех интерфейсах хоста и доступен из сети. Привяжите его к 127.0.0.1, если к нему не должны подключаться другие машины.' }, { kind: d.kind })
      : { en: 'This port is published on all host interfaces; bind it to 127.0.0.1 if only this machine needs it.', ru: 'Порт опубликован на всех интерфейсах хоста; привяжите его к 127.0.0.1, если он нужен только на этой машине.' },
  check(ctx) {
    const project = projectOf(ctx);
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      const eff = effectiveService(project, svc.key);
      if (!eff || resolved(project, eff.get(['network_mode'])?.node) === 'host') continue;
      const kind = storeKind(serviceImage(project, ctx.project, eff)?.raw)?.id;
      for (const p of ports(project, svc.value)) {
        if (p.hostIp !== undefined || seen.has(p.node.span.start)) continue;
        // An explicit `host_ip` (even 0.0.0.0) is a deliberate choice.
        if (p.long && get(p.node, 'host_ip')) continue;
        seen.add(p.node.span.start);
        ctx.report(p.long ? p.node.span : valueSpan(ctx.file, p.node), { data: { service: svc.key, kind, long: p.long }, severity: kind ? 'info' : 'hint' });
      }
    }
  },
  fix: {
    title: { en: 'Bind to 127.0.0.1', ru: 'Привязать к 127.0.0.1' },
    edits: ({ file, data, range }) => {
      if (!data.long) {
        const v = file.text.slice(range.start, range.end);
        // `5432` alone becomes `127.0.0.1::5432` (a random host port, on loopback only).
        return [{ start: range.start, end: range.start, newText: /^[^:]*$/.test(v.split('/')[0]) ? '127.0.0.1::' : '127.0.0.1:' }];
      }
      for (const svc of ownServices(file)) {
        const list = pairOf(svc.value, 'ports')?.value;
        const item = list?.type === 'seq' ? list.items.find((i) => i.span.start === range.start) : undefined;
        if (item?.type === 'map') {
          const e = appendToMap(file, item, ['host_ip: 127.0.0.1']);
          return e ? [e] : null;
        }
      }
      return null;
    },
  },
});
