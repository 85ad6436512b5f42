import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UndefinedArgInFrom', {
  fires: [
    `
    ARG VERSION=3.20
    FROM alpine:\${VERSOIN}
                ^^^^^^^^^^ UndefinedArgInFrom
    FROM --platform=\$PLATFORM alpine:\$VERSION
                    ^^^^^^^^^ UndefinedArgInFrom
    `,
  ],
  quiet: [
    `
    ARG VERSION
    ARG BASE=alpine
    FROM --platform=\$BUILDPLATFORM \${BASE}:\${VERSION:-3.20} AS build
    FROM --platform=\${TARGETPLATFORM} build
    `,
  ],
  fixes: [
    { before: 'ARG VERSION=3.20\nFROM alpine:${VERSOIN}\nUSER nobody\n', after: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\nUSER nobody\n' },
  ],
});
