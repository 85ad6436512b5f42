// Workspace files of the e2e scenarios, shared by the code-server suite and the test-electron suite. Our own text.

export const GO_NOTES_DOCKERFILE = [
  '# build stage: the Go toolchain stays here',
  'FROM golang:alpine AS builder',
  'WORKDIR /app',
  'COPY . . && go build -o myapp',
  '',
  '# final image: only the binary',
  'FROM scratch',
  'COPY --from=builder /app/myapp /myapp',
  'USER 1000',
  'CMD ["/myapp"]',
  '',
].join('\n');
export const DOCKERIGNORE = '.git\n.env\n*.md\n';

export const HOVER_DOCKERFILE = [
  '# syntax=docker/dockerfile:1',
  'FROM golang:1.24-alpine AS build',
  'WORKDIR /src',
  'COPY . .',
  'RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /out/app .',
  'COPY . . && go vet ./...',
  '',
  'FROM scratch',
  'COPY --from=build /out/app /app',
  'USER 65532',
  'ENTRYPOINT ["/app"]',
  '',
].join('\n');

export const STAGES_DOCKERFILE = [
  'FROM golang:1.24-alpine AS build',
  'WORKDIR /src',
  'COPY go.mod ./',
  'RUN go mod download',
  'COPY . .',
  'RUN CGO_ENABLED=0 go build -o /out/app .',
  '',
  'FROM build AS test',
  'RUN go test ./...',
  '',
  'FROM alpine:3.20 AS runtime',
  'COPY --from=build /out/app /usr/local/bin/app',
  'USER 65532',
  'CMD ["app"]',
  '',
].join('\n');

export const GO_PROJECT = {
  'go.mod': 'module example.com/hello\n\ngo 1.24\n',
  'main.go': 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() {\n\thttp.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "hello") })\n\t_ = http.ListenAndServe(":8080", nil)\n}\n',
};

export const COMPOSE_WITH_MISSING_TARGET = 'services:\n  api:\n    build:\n      context: .\n      target: prod\n    networks:\n      - backend\n';

/** A 2,000-line single-stage Dockerfile with no problems: ENV lines between a FROM and a USER/CMD. */
export function bigDockerfile() {
  const body = ['# syntax=docker/dockerfile:1', 'FROM alpine:3.20 AS base', 'WORKDIR /app'];
  while (body.length < 1997) body.push(`ENV SETTING_${String(body.length).padStart(4, '0')}=value-${body.length}`);
  body.push('USER 65532', 'CMD ["sh", "-c", "env"]', '');
  return body.join('\n');
}
