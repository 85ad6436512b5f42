import { ruleCases } from '../../../../../test/harness/check';

ruleCases('RedundantTargetPlatform', {
  fires: [
    `
    FROM --platform=\$TARGETPLATFORM alpine:3.20 AS a
         ^^^^^^^^^^^^^^^^^^^^^^^^^^ RedundantTargetPlatform
    FROM --platform="\${TARGETPLATFORM}" alpine:3.20 AS b
         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RedundantTargetPlatform
    `,
  ],
  quiet: [
    `
    FROM --platform=\$BUILDPLATFORM golang:1.22 AS build
    FROM --platform=\${TARGETPLATFORM:-linux/amd64} alpine:3.20
    FROM --platform=\$TARGETOS/\$TARGETARCH alpine:3.20
    `,
  ],
  fixes: [
    {
      before: 'FROM --platform=$TARGETPLATFORM alpine:3.20\nUSER nobody\n',
      after: 'FROM alpine:3.20\nUSER nobody\n',
    },
  ],
});
