import { ruleCases } from '../../../../../test/harness/check';

ruleCases('StageNameCasing', {
  fires: [
    `
    FROM golang:1.22 AS Builder
                        ^^^^^^^ StageNameCasing
    FROM alpine:3.20 AS RUNTIME
                        ^^^^^^^ StageNameCasing
    `,
  ],
  quiet: [
    `
    FROM golang:1.22 AS builder
    FROM builder AS test
    FROM alpine:3.20
    `,
  ],
  fixes: [
    {
      before: `
      FROM golang:1.22 AS Builder
      RUN go build -o /app
      FROM Builder AS test
      FROM alpine:3.20
      COPY --from=Builder /app /app
      RUN --mount=type=bind,from=BUILDER,target=/src ls /src
      `,
      after: `
      FROM golang:1.22 AS builder
      RUN go build -o /app
      FROM builder AS test
      FROM alpine:3.20
      COPY --from=builder /app /app
      RUN --mount=type=bind,from=builder,target=/src ls /src
      `,
    },
  ],
});
