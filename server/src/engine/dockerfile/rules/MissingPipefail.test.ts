import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MissingPipefail', {
  fires: [
    `
    FROM debian:12
    RUN curl -fsSL https://example.com/install.sh | bash
                                                  ^ MissingPipefail
    `,
    `
    FROM alpine:3.20
    RUN wget -qO- https://example.com/x.tgz | tar xz -C /opt && echo done
                                            ^ MissingPipefail
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN set -o pipefail && curl -fsSL https://example.com/install.sh | bash
    RUN set -euxo pipefail; curl -fsSL https://example.com/x | sh
    RUN echo "a | b" && grep -q x /etc/hosts || true
    RUN echo "$SHA  go.tgz" | sha256sum -c -
    RUN ["sh", "-c", "curl x | sh"]
    `,
    `
    FROM debian:12
    SHELL ["/bin/bash", "-o", "pipefail", "-c"]
    RUN curl -fsSL https://example.com/install.sh | bash
    FROM mcr.microsoft.com/windows/servercore:ltsc2022
    RUN type a.txt | findstr x
    `,
  ],
  fixes: [
    {
      before: `
      FROM debian:12
      WORKDIR /app
      RUN curl -fsSL https://example.com/install.sh | bash
      `,
      after: `
      FROM debian:12
      WORKDIR /app
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      RUN curl -fsSL https://example.com/install.sh | bash
      `,
    },
    {
      before: `
      FROM node:20-alpine
      RUN --mount=type=cache,target=/root/.npm wget -qO- https://example.com/x.tgz | tar xz
      `,
      after: `
      FROM node:20-alpine
      RUN --mount=type=cache,target=/root/.npm set -o pipefail && wget -qO- https://example.com/x.tgz | tar xz
      `,
    },
  ],
});
