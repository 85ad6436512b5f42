// Without a `.dockerignore` the whole folder (.git, .env, node_modules, keys) is sent to the builder
// and a `COPY .` puts it in the image: slower builds, bigger images, leaked secrets.
import { defineDockerfileRule } from '../../rule';
import { buildContext } from '../context';
import { dockerignoreFor } from '../dockerignoreTemplate';
import { wholeContextCopy } from '../runEdits';

export default defineDockerfileRule<{ path: string }>({
  id: 'MissingDockerignore',
  severity: 'warning',
  message: {
    en: 'This copies the whole build context, and the context has no `.dockerignore`: `.git`, `.env`, dependency folders and keys go into the image. Add a `.dockerignore`.',
    ru: 'Здесь копируется весь контекст сборки, а `.dockerignore` в нём нет: в образ попадут `.git`, `.env`, папки зависимостей и ключи. Добавьте `.dockerignore`.',
  },
  check({ file, ws, project, report }) {
    const ctx = buildContext(ws, project.generation, file.path);
    if (!ctx || ctx.ignoreFile) return;
    for (const stage of file.stages) {
      // One finding per stage: the first whole-context copy.
      const copy = stage.instructions.map((i) => wholeContextCopy(file, i)).find((c) => c !== null);
      if (copy) report(copy.source, { data: { path: ctx.defaultIgnoreFile } });
    }
  },
  fixes: ({ file, data, ws, project }) => {
    const ctx = buildContext(ws, project.generation, file.path);
    if (!ctx || ctx.ignoreFile) return [];
    return [
      {
        title: { en: 'Create a .dockerignore for this project', ru: 'Создать .dockerignore для этого проекта' },
        edits: [],
        files: [{ kind: 'create', path: data.path, text: dockerignoreFor(file, ctx.rootEntries, file.doc.eol) }],
        preferred: true,
      },
    ];
  },
});
