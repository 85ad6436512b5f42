// `${X}` with no default and X in no `.env` or env_file: compose substitutes an empty string unless the shell sets it.
import { defineComposeRule } from '../../rule';
import { fill } from '../../locale';
import { projectOf } from './services';
import { ALWAYS_SET, envAddition, envFileNames, refSites } from './variables';

export default defineComposeRule<{ name: string; braced: boolean }>({
  id: 'UndefinedVariable',
  severity: 'info',
  message: (d) => fill({ en: 'Variable {name} is not set in .env and has no default: compose uses an empty string unless the shell sets it.', ru: 'Переменная {name} не задана в .env и не имеет значения по умолчанию: если её не задаст оболочка, compose подставит пустую строку.' }, { name: d.name }),
  check(ctx) {
    const project = projectOf(ctx);
    const sites = refSites(ctx.file, project).filter((s) => !s.ref.modifier && !project.env.has(s.ref.name) && !ALWAYS_SET.has(s.ref.name));
    if (!sites.length) return;
    const fromEnvFiles = envFileNames(project, ctx.ws);
    for (const s of sites) if (!fromEnvFiles.has(s.ref.name)) ctx.report(s.span, { data: { name: s.ref.name, braced: s.ref.braced } });
  },
  fixes: (ctx) => {
    const { data, file, range } = ctx;
    const project = projectOf(ctx);
    const written = file.text.slice(range.start, range.end);
    const out = [];
    if (written === (data.braced ? `\${${data.name}}` : `$${data.name}`)) {
      out.push({
        title: { en: `Give ${data.name} an empty default: \${${data.name}:-}`, ru: `Задать ${data.name} пустое значение по умолчанию: \${${data.name}:-}` },
        edits: [{ start: range.start, end: range.end, newText: `\${${data.name}:-}` }],
      });
    }
    out.push({
      title: { en: `Add ${data.name}= to .env`, ru: `Добавить ${data.name}= в .env` },
      edits: [],
      files: [envAddition(ctx.ws, project.envPath, `${data.name}=`)],
    });
    return out;
  },
});
