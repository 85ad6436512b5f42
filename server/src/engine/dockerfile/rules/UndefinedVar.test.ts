import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UndefinedVar', {
  fires: [
    `
    ARG GO_VERSION=1.22
    FROM golang:\${GO_VERSION} AS build
    ARG APP_DIR=/src
    COPY \$APP_DIRR /out
         ^^^^^^^^^ UndefinedVar
    ENV GO_VERSION=\$GO_VERSION
                   ^^^^^^^^^^^ UndefinedVar
    FROM alpine:3.20
    ENV PATH=\$PAHT:/app/bin
             ^^^^^ UndefinedVar
    COPY --from=build --chown=\${APP_USER:-app} /out /app
                              ^^^^^^^^^^^^^^^^ UndefinedVar
    `,
  ],
  quiet: [
    // Declared here, inherited from the parent stage, redeclared globals, predefined and image ENV.
    `
    ARG TARGETARCH
    ARG VERSION=1
    FROM golang:1.22 AS base
    ARG VERSION
    ARG TARGETARCH
    ARG BUILD_FLAGS
    ENV CGO_ENABLED=0 OUT=/out/\$TARGETARCH
    COPY . \$GOPATH/src/app
    RUN go build \$BUILD_FLAGS -o \$OUT/\$UNDEFINED_IN_SHELL
    FROM base AS test
    WORKDIR \${OUT}
    LABEL version=\$VERSION flags='\$NOT_EXPANDED' escaped=\\\$NOPE
    ARG A=1 B=\$A
    USER \${A}:\${B}
    EXPOSE \$SOME_PORT
    CMD echo \$ANYTHING
    `,
    // A base image we do not know may set its own variables.
    `
    FROM quay.io/jupyter/base-notebook:2024-01-01
    USER \${NB_UID}
    `,
  ],
  fixes: [
    {
      before: 'ARG VERSION=1\nFROM alpine:3.20\nUSER nobody\nLABEL v=$VERSION\n',
      after: 'ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nUSER nobody\nLABEL v=$VERSION\n',
    },
    {
      before: 'FROM alpine:3.20\nUSER nobody\nARG APP_DIR=/src\nWORKDIR $APP_DRI\n',
      after: 'FROM alpine:3.20\nUSER nobody\nARG APP_DIR=/src\nWORKDIR $APP_DIR\n',
    },
  ],
});
