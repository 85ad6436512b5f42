import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CgoBinaryInScratch', {
  fires: [
    `
    FROM golang:1.22 AS build
    WORKDIR /src
    COPY . .
    RUN go mod download && GOOS=linux go build -o /out/app ./cmd/app
                                      ^^^^^^^^ CgoBinaryInScratch
    FROM scratch
    COPY --from=build /out/app /app
    ENTRYPOINT ["/app"]
    `,
    `
    FROM golang:1.22-alpine AS build
    RUN apk add --no-cache build-base
    RUN ["go", "build", "-o", "/app", "."]
         ^^^^^^^^^^^^^ CgoBinaryInScratch
    FROM gcr.io/distroless/static-debian12
    COPY --from=build /app /app
    `,
  ],
  quiet: [
    `
    FROM golang:1.22 AS build
    RUN CGO_ENABLED=0 go build -o /app .
    FROM scratch
    COPY --from=build /app /app
    `,
    `
    FROM golang:1.22 AS build
    ENV CGO_ENABLED=0
    RUN go build -o /app .
    FROM scratch
    COPY --from=build /app /app
    `,
    `
    FROM golang:1.22 AS build
    RUN go build -ldflags '-linkmode external -extldflags "-static"' -o /app .
    FROM scratch
    COPY --from=build /app /app
    `,
    // golang:alpine has no C compiler, so cgo is off.
    `
    FROM golang:1.22-alpine AS build
    RUN go build -o /app .
    FROM scratch
    COPY --from=build /app /app
    `,
    // A scratch stage that only carries the binary to an alpine stage with musl.
    `
    FROM golang:1.22-alpine AS build
    RUN apk add --no-cache gcc musl-dev
    RUN go build -o /out/tool .
    FROM scratch AS binary
    COPY --from=build /out/tool /tool
    FROM alpine:3.20
    COPY --from=binary /tool /usr/bin/tool
    `,
    // distroless base has glibc.
    `
    FROM golang:1.22 AS build
    RUN go build -o /app .
    FROM gcr.io/distroless/base-debian12
    COPY --from=build /app /app
    `,
    `
    FROM golang:1.22 AS build
    RUN export CGO_ENABLED=0 && go build -o /app .
    FROM scratch
    COPY --from=build /app /app
    `,
  ],
  fixes: [
    {
      before: `
      FROM golang:1.22 AS build
      RUN go mod download && \\
          GOOS=linux go build -o /app .
      FROM scratch
      COPY --from=build /app /app
      `,
      after: `
      FROM golang:1.22 AS build
      RUN go mod download && \\
          CGO_ENABLED=0 GOOS=linux go build -o /app .
      FROM scratch
      COPY --from=build /app /app
      `,
    },
    {
      before: `
      FROM golang:1.22-alpine AS build
      RUN apk add --no-cache gcc musl-dev
        RUN ["go", "build", "-o", "/app", "."]
      FROM scratch
      COPY --from=build /app /app
      `,
      after: `
      FROM golang:1.22-alpine AS build
      RUN apk add --no-cache gcc musl-dev
        ENV CGO_ENABLED=0
        RUN ["go", "build", "-o", "/app", "."]
      FROM scratch
      COPY --from=build /app /app
      `,
    },
  ],
});
