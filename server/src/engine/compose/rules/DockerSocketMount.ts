// The Docker socket mounted into a container: whoever controls the container controls the host's Docker.
import { defineComposeRule } from '../../rule';
import { mounts, ownServices, projectOf } from './services';

const SOCKETS = /^(?:\/\/?var\/run\/docker\.sock|\/run\/docker\.sock|\\\\\.\\pipe\\docker_engine|\/\/\.\/pipe\/docker_engine)$/;

export default defineComposeRule({
  id: 'DockerSocketMount',
  severity: 'warning',
  message: {
    en: 'Mounting the Docker socket gives this container full control of the host\'s Docker, which amounts to root on the host. Prefer a socket proxy with read-only, limited access.',
    ru: 'Монтирование сокета Docker даёт контейнеру полный контроль над Docker хоста, то есть фактически root на хосте. Лучше использовать прокси сокета с ограниченным доступом только на чтение.',
  },
  check(ctx) {
    const project = projectOf(ctx);
    const seen = new Set<number>();
    for (const svc of ownServices(ctx.file)) {
      for (const m of mounts(ctx.file, project, svc.value)) {
        if ((m.kind !== 'bind' && m.kind !== 'npipe') || !m.source || m.unresolved || !SOCKETS.test(m.source)) continue;
        const span = m.sourceSpan ?? m.node.span;
        if (seen.has(span.start)) continue;
        seen.add(span.start);
        ctx.report(span);
      }
    }
  },
});
