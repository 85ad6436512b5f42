import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ApkNoCache', {
  fires: [
    `
    FROM alpine:3.20
    RUN apk --update add curl git
        ^^^^^^^^^^^^^^^^ ApkNoCache
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    RUN apk add --no-cache curl
    RUN --mount=type=cache,target=/var/cache/apk apk add curl
    RUN apk add curl && rm -rf /var/cache/apk/*
    RUN echo "apk add curl"
    `,
    // A build stage that is only copied from does not ship its cache.
    `
    FROM alpine:3.20 AS build
    RUN apk add gcc
    FROM alpine:3.20
    COPY --from=build /out /out
    `,
  ],
  fixes: [
    {
      before: `
      FROM alpine:3.20
      RUN apk --update add curl git
      `,
      after: `
      FROM alpine:3.20
      RUN apk --update add --no-cache curl git
      `,
    },
  ],
});
