import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ShellInShelllessImage', {
  fires: [
    `
    FROM golang:1.22 AS build
    RUN go build -o /app .
    FROM scratch
    COPY --from=build /app /app
    RUN chmod +x /app
        ^^^^^^^^^^^^^ ShellInShelllessImage
    CMD /app --port 8080
        ^^^^^^^^^^^^^^^^ ShellInShelllessImage
    `,
    `
    FROM gcr.io/distroless/base-debian12 AS runtime
    FROM runtime
    HEALTHCHECK CMD /app health
                    ^^^^^^^^^^^ ShellInShelllessImage
    ENTRYPOINT exec /app
               ^^^^^^^^^ ShellInShelllessImage
    `,
  ],
  quiet: [
    `
    FROM scratch
    COPY app /app
    ENTRYPOINT ["/app"]
    CMD ["--port", "8080"]
    HEALTHCHECK CMD ["/app", "health"]
    RUN ["/app", "migrate"]
    CMD ["/app", \\
      "--port", "8080"]
    `,
    // distroless :debug has busybox.
    `
    FROM gcr.io/distroless/base-debian12:debug
    RUN chmod +x /app
    `,
    // A chosen SHELL, or a shell copied in.
    `
    FROM gcr.io/distroless/static-debian12
    COPY --from=busybox:1.36 /bin/busybox /busybox/busybox
    SHELL ["/busybox/busybox", "sh", "-c"]
    RUN echo hi
    `,
    `
    FROM scratch
    ADD alpine-minirootfs.tar.gz /
    RUN apk add --no-cache curl
    `,
    `
    FROM alpine:3.20
    CMD /app --port 8080
    `,
    `
    FROM golang:1.22 AS build
    FROM \${RUNTIME}
    CMD /app
    `,
  ],
  fixes: [
    {
      before: `
      FROM scratch
      COPY app /app
      CMD /app --name "hello world" 'it''s'
      `,
      after: `
      FROM scratch
      COPY app /app
      CMD ["/app", "--name", "hello world", "its"]
      `,
    },
    {
      before: `
      FROM gcr.io/distroless/static-debian12
      ENTRYPOINT /app \\
          --config /etc/app.yaml
      `,
      after: `
      FROM gcr.io/distroless/static-debian12
      ENTRYPOINT ["/app", "--config", "/etc/app.yaml"]
      `,
    },
    {
      before: `
      FROM scratch
      HEALTHCHECK --interval=10s CMD /app -health "C:\\\\x"
      `,
      after: `
      FROM scratch
      HEALTHCHECK --interval=10s CMD ["/app", "-health", "C:\\\\x"]
      `,
    },
  ],
});
