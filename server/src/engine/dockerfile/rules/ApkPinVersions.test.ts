import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ApkPinVersions', {
  fires: [
    `
    FROM alpine:3.20
    RUN apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.5-r0
                                                 ^^^ ApkPinVersions
    `,
    `
    FROM alpine:3.20
    RUN apk --no-cache add tini
                           ^^^^ ApkPinVersions
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    RUN apk add --no-cache curl=8.9.1-r0 tzdata~2024 "openssl>3.3" ./local/pkg.apk
    RUN apk add --no-cache --repository=https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0-r0
    RUN apk del curl && apk update
    `,
  ],
});
