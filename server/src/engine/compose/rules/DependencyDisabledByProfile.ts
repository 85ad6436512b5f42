// A required dependency that lives only in profiles the dependent service does not share: with the
// dependent's profiles active (or none), compose finds the dependency disabled and refuses to start.
import { defineComposeRule, type FixProposal } from '../../rule';
import { fill } from '../../locale';
import { get, pairOf } from '../model';
import { toLongForm } from './dependsOnEdit';
import { effectiveService, type EffectiveService } from '../project';
import { dependencies, ownServices, profilesOf, projectOf } from './services';
import { appendToMap, column, isFlow } from './yamlEdit';

interface Data {
  service: string;
  dependency: string;
  profiles: string[];
}

function profilesOrNone(eff: EffectiveService | undefined): string[] | undefined {
  const list = profilesOf(eff);
  return list.length ? list : undefined;
}

export default defineComposeRule<Data>({
  id: 'DependencyDisabledByProfile',
  severity: 'warning',
  message: (d) =>
    fill(
      { en: 'Service "{service}" requires "{dependency}", which is only enabled by profile(s) {profiles} that "{service}" is not in: compose will refuse to start it. Mark the dependency `required: false` or add the profile.', ru: 'Сервис «{service}» требует «{dependency}», а тот включается только профилями {profiles}, в которые «{service}» не входит: compose откажется его запускать. Пометьте зависимость `required: false` или добавьте профиль.' },
      { service: d.service, dependency: d.dependency, profiles: d.profiles.join(', ') },
    ),
  check(ctx) {
    const project = projectOf(ctx);
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      const mine = profilesOrNone(effectiveService(project, svc.key));
      for (const d of dependencies(ctx.file, get(svc.value, 'depends_on'))) {
        if (!d.required || seen.has(d.span.start)) continue;
        const theirs = profilesOrNone(effectiveService(project, d.name));
        if (!theirs || !project.services.has(d.name)) continue;
        // Sharing one profile is enough: whenever the dependent runs through it, so does the dependency.
        if (mine && mine.some((p) => theirs.includes(p))) continue;
        seen.add(d.span.start);
        ctx.report(d.span, { data: { service: svc.key, dependency: d.name, profiles: theirs } });
      }
    }
  },
  fixes: ({ file, data, range }) => {
    const out: FixProposal[] = [];
    const svc = ownServices(file).find((s) => s.key === data.service);
    if (!svc) return out;
    const dep = dependencies(file, get(svc.value, 'depends_on')).find((d) => d.span.start === range.start);
    const eol = file.doc.eol;
    if (dep?.pair && dep.pair.value?.type === 'map' && !isFlow(file, dep.pair.value)) {
      const e = appendToMap(file, dep.pair.value, ['required: false']);
      if (e) out.push({ title: { en: 'Mark the dependency `required: false`', ru: 'Пометить зависимость `required: false`' }, edits: [e], preferred: true });
    } else if (dep?.short) {
      const long = toLongForm(file, svc.value!, (n) => ['condition: service_started', ...(n === dep.name ? ['required: false'] : [])]);
      if (long) out.push({ title: { en: 'Mark the dependency `required: false`', ru: 'Пометить зависимость `required: false`' }, edits: [long], preferred: true });
    }
    const prof = pairOf(svc.value, 'profiles');
    const add = data.profiles[0];
    if (prof && !prof.merged && prof.value?.type === 'seq') {
      const v = prof.value;
      if (isFlow(file, v)) {
        const close = file.text.lastIndexOf(']', v.span.end);
        if (close > v.span.start) out.push({ title: { en: `Add profile "${add}" to "${data.service}"`, ru: `Добавить профиль «${add}» сервису «${data.service}»` }, edits: [{ start: close, end: close, newText: (v.items.length ? ', ' : '') + add }] });
      } else {
        const col = column(file, v.span.start);
        const at = v.span.end;
        const lead = file.text[at - 1] === '\n' ? '' : eol;
        out.push({ title: { en: `Add profile "${add}" to "${data.service}"`, ru: `Добавить профиль «${add}» сервису «${data.service}»` }, edits: [{ start: at, end: at, newText: lead + ' '.repeat(col) + `- ${add}` + eol }] });
      }
    } else if (!prof && svc.value?.type === 'map') {
      const e = appendToMap(file, svc.value, [`profiles: [${add}]`]);
      if (e) out.push({ title: { en: `Add profile "${add}" to "${data.service}"`, ru: `Добавить профиль «${add}» сервису «${data.service}»` }, edits: [e] });
    }
    return out;
  },
});

