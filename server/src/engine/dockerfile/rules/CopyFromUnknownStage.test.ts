import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CopyFromUnknownStage', {
  fires: [
    `
    FROM golang:1.22 AS builder
    RUN go build -o /app .
    FROM alpine:3.20
    COPY --from=buidler /app /app
                ^^^^^^^ CopyFromUnknownStage
    `,
    `
    FROM alpine:3.20 AS base
    FROM base
    COPY --from=5 /etc/hosts /tmp/
                ^ CopyFromUnknownStage
    RUN --mount=from=assets,target=/src cp -r /src /out
                     ^^^^^^ CopyFromUnknownStage
    `,
  ],
  quiet: [
    `
    FROM golang:1.22 AS build
    FROM alpine:3.20
    COPY --from=build /app /app
    COPY --from=BUILD /app /app2
    COPY --from=0 /app /app3
    COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
    COPY --from=ghcr.io/acme/tools /bin/tool /usr/local/bin/
    COPY --from=\${TOOLS_IMAGE} /bin/tool /usr/local/bin/
    COPY --from=later /x /x
    RUN --mount=type=cache,target=/root/.cache true
    FROM alpine:3.20 AS later
    `,
  ],
  fixes: [
    {
      before: `
      FROM golang:1.22 AS builder
      FROM alpine:3.20
      COPY --from=buidler /app /app
      `,
      after: `
      FROM golang:1.22 AS builder
      FROM alpine:3.20
      COPY --from=builder /app /app
      `,
    },
  ],
});
