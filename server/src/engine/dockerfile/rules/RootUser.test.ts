import { ruleCases } from '../../../../../test/harness/check';

ruleCases('RootUser', {
  fires: [
    `
    FROM golang:1.22 AS build
    RUN go build -o /app .
    FROM alpine:3.20
         ^^^^^^^^^^^ RootUser
    COPY --from=build /app /app
    CMD ["/app"]
    `,
    `
    FROM node:22
    USER node
    RUN npm ci
    USER 0
         ^ RootUser
    CMD ["node", "server.js"]
    `,
    `
    FROM debian:bookworm-slim AS base
    FROM base
         ^^^^ RootUser
    `,
  ],
  quiet: [
    // A later stage is the image; the build stage may stay root.
    `
    FROM golang:1.22 AS build
    FROM gcr.io/distroless/static-debian12:nonroot
    COPY --from=build /app /app
    `,
    `
    FROM alpine:3.20 AS base
    RUN adduser -D app
    USER app
    FROM base
    CMD ["/app"]
    `,
    `
    FROM cgr.dev/chainguard/static:latest
    `,
    // postgres and nginx drop root in their own entrypoints.
    `
    FROM postgres:16
    COPY init.sql /docker-entrypoint-initdb.d/
    `,
    `
    FROM myorg/base:1.0
    `,
    `
    FROM alpine:3.20
    USER $APP_USER
    `,
  ],
  fixes: [
    {
      before: `
      FROM alpine:3.20
      COPY app /app
      CMD ["/app"]
      `,
      after: `
      FROM alpine:3.20
      COPY app /app
      RUN addgroup -S app && adduser -S -G app app
      USER app
      CMD ["/app"]
      `,
    },
    {
      before: `
      FROM debian:bookworm-slim
      RUN apt-get update
      ENTRYPOINT ["/app"]
      `,
      after: `
      FROM debian:bookworm-slim
      RUN apt-get update
      RUN groupadd --system app && useradd --system --gid app app
      USER app
      ENTRYPOINT ["/app"]
      `,
    },
    {
      before: `
      FROM node:22-slim
      WORKDIR /app
      COPY . .
      USER root
      CMD ["node", "server.js"]
      `,
      after: `
      FROM node:22-slim
      WORKDIR /app
      COPY . .
      USER root
      USER node
      CMD ["node", "server.js"]
      `,
    },
    {
      before: `
      FROM golang:1.22 AS build
      RUN go build -o /app .
      FROM scratch
      COPY --from=build /app /app
      `,
      after: `
      FROM golang:1.22 AS build
      RUN go build -o /app .
      FROM scratch
      COPY --from=build /app /app
      USER 65532:65532
      `,
    },
    {
      before: `
      FROM golang:1.22 AS build
      FROM gcr.io/distroless/static-debian12
      COPY --from=build /app /app
      ENTRYPOINT ["/app"]
      `,
      after: `
      FROM golang:1.22 AS build
      FROM gcr.io/distroless/static-debian12
      COPY --from=build /app /app
      USER nonroot
      ENTRYPOINT ["/app"]
      `,
    },
    {
      before: `
      from alpine:3.20
      cmd ["/app"]
      `,
      after: `
      from alpine:3.20
      run addgroup -S app && adduser -S -G app app
      user app
      cmd ["/app"]
      `,
    },
    {
      // A user the file creates is reused; indentation and CRLF are kept.
      before: 'FROM ubuntu:24.04\r\nRUN useradd -r -u 1001 svc\r\n  CMD ["/app"]\r\n',
      after: 'FROM ubuntu:24.04\r\nRUN useradd -r -u 1001 svc\r\n  USER svc\r\n  CMD ["/app"]\r\n',
    },
  ],
});
