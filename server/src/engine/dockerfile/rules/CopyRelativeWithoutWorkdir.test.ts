import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CopyRelativeWithoutWorkdir', {
  fires: [
    `
    FROM node:20
    COPY package.json .
                      ^ CopyRelativeWithoutWorkdir
    ADD --chown=node app.tar.gz "app/"
                                ^^^^^^ CopyRelativeWithoutWorkdir
    `,
    `
    FROM node:20 AS base
    FROM base
    COPY --from=base /etc/hosts conf/
                                ^^^^^ CopyRelativeWithoutWorkdir
    `,
  ],
  quiet: [
    `
    FROM node:20 AS base
    WORKDIR /app
    COPY package.json .
    FROM base AS test
    COPY . .
    FROM node:20
    COPY app /srv/app
    COPY conf $APP_HOME/conf
    COPY ["a.txt", "/b/"]
    FROM scratch
    COPY --from=base /app/bin app
    `,
    `
    ARG VARIANT=alpine
    FROM alpine:3.20 AS e2e-base-alpine
    WORKDIR /src
    FROM e2e-base-\${VARIANT} AS e2e
    COPY out ./build/
    `,
  ],
});
