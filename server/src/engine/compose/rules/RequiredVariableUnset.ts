// `${X:?message}` with X in no `.env`: `docker compose up` stops unless the shell happens to set it.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { projectOf } from './services';
import { envAddition, refSites } from './variables';

export default defineComposeRule<{ name: string }>({
  id: 'RequiredVariableUnset',
  severity: 'warning',
  message: (d) => fill({ en: 'Required variable {name} is not set in .env: compose stops with an error unless the shell sets it. Add it to .env.', ru: 'Обязательная переменная {name} не задана в .env: compose остановится с ошибкой, если её не задаст оболочка. Добавьте её в .env.' }, d),
  check(ctx) {
    const project = projectOf(ctx);
    for (const s of refSites(ctx.file, project)) {
      if ((s.ref.modifier === '?' || s.ref.modifier === ':?') && !project.env.has(s.ref.name)) ctx.report(s.nameSpan, { data: { name: s.ref.name } });
    }
  },
  fixes: (ctx) => {
    const project = projectOf(ctx);
    return [
      {
        title: { en: `Add ${ctx.data.name}= to .env`, ru: `Добавить ${ctx.data.name}= в .env` },
        edits: [],
        files: [envAddition(ctx.ws, project.envPath, `${ctx.data.name}=`)],
        preferred: true,
      },
    ];
  },
});
