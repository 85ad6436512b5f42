import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MountNeedsNewerSyntax', {
  fires: [
    `
    # syntax=docker/dockerfile:1.1
    FROM python:3.12
    RUN --mount=type=cache,target=/root/.cache/pip pip install flask
        ^^^^^^^ MountNeedsNewerSyntax
    `,
    `
    # syntax=docker/dockerfile:1.3
    FROM alpine:3.20
    COPY --link app /app
         ^^^^^^ MountNeedsNewerSyntax
    RUN <<EOF
        ^^^^^ MountNeedsNewerSyntax
    echo hi
    EOF
    `,
  ],
  quiet: [
    `
    # syntax=docker/dockerfile:1
    FROM alpine:3.20
    RUN --mount=type=cache,target=/var/cache/apk apk add curl
    COPY --link app /app
    `,
    `
    # syntax=docker/dockerfile:1.3-labs
    FROM alpine:3.20
    RUN <<EOF
    echo hi
    EOF
    `,
    `
    # syntax=docker/dockerfile:experimental
    FROM alpine:3.20
    RUN --mount=type=ssh git clone git@example.com:org/repo.git
    `,
    `
    FROM alpine:3.20
    ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /a.tgz
    `,
  ],
  fixes: [
    {
      before: `
      # syntax=docker/dockerfile:1.2
      FROM alpine:3.20
      COPY --link app /app
      `,
      after: `
      # syntax=docker/dockerfile:1
      FROM alpine:3.20
      COPY --link app /app
      `,
    },
    {
      before: `
      # syntax=docker/dockerfile:1.4
      FROM alpine:3.20
      COPY --parents src/*/package.json /app/
      `,
      after: `
      # syntax=docker/dockerfile:1-labs
      FROM alpine:3.20
      COPY --parents src/*/package.json /app/
      `,
    },
  ],
});
