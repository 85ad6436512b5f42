// cap_add of a capability that is nearly root on the host (SYS_ADMIN, SYS_MODULE, …).
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { get, items } from '../model';
import { ownServices, projectOf, resolved, valueSpan } from './services';

/** Capability -> why it is dangerous, in both languages. */
const DANGEROUS: Record<string, { en: string; ru: string }> = {
  ALL: { en: 'every capability, the same as privileged', ru: 'все capabilities сразу, то же, что privileged' },
  SYS_ADMIN: { en: 'mounts, namespaces and much more: close to privileged', ru: 'монтирование, пространства имён и многое другое — почти privileged' },
  SYS_MODULE: { en: 'loading kernel modules into the host kernel', ru: 'загрузка модулей в ядро хоста' },
  NET_ADMIN: { en: 'reconfiguring network interfaces, routes and firewall rules', ru: 'перенастройка сетевых интерфейсов, маршрутов и правил firewall' },
  SYS_PTRACE: { en: 'tracing and reading the memory of other processes', ru: 'трассировка процессов и чтение их памяти' },
  DAC_OVERRIDE: { en: 'bypassing file permission checks', ru: 'обход проверок прав доступа к файлам' },
};

export default defineComposeRule<{ cap: string; why: string; whyRu: string }>({
  id: 'DangerousCapability',
  severity: 'warning',
  message: (d) => fill({ en: 'cap_add {cap} allows {why}. Drop it unless the service truly needs it.', ru: 'cap_add {cap} разрешает: {whyRu}. Уберите её, если сервису она действительно не нужна.' }, { ...d }),
  check(ctx) {
    const project = projectOf(ctx);
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      for (const it of items(get(svc.value, 'cap_add'))) {
        const v = resolved(project, it);
        const cap = v?.toUpperCase().replace(/^CAP_/, '');
        if (!cap || !DANGEROUS[cap] || seen.has(it.span.start)) continue;
        seen.add(it.span.start);
        ctx.report(valueSpan(ctx.file, it), { data: { cap, why: DANGEROUS[cap].en, whyRu: DANGEROUS[cap].ru } });
      }
    }
  },
});
