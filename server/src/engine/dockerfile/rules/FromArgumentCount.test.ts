import { ruleCases } from '../../../../../test/harness/check';

ruleCases('FromArgumentCount', {
  fires: [
    `
    FROM alpine:3.20 build
                     ^^^^^ FromArgumentCount
    FROM alpine:3.20 IS build
                     ^^ FromArgumentCount
    FROM alpine:3.20 AS build extra
                     ^^^^^^^^^^^^^^ FromArgumentCount
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    FROM alpine:3.20 AS build
    FROM --platform=\$BUILDPLATFORM alpine:3.20 as build2
    FROM \${BASE}
    `,
  ],
});
