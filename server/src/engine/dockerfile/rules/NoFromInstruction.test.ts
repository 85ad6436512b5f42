import { ruleCases } from '../../../../../test/harness/check';

ruleCases('NoFromInstruction', {
  fires: [
    `
    ARG VERSION=1
    RUN echo \$VERSION
    ^^^ NoFromInstruction
    `,
  ],
  quiet: [
    `
    # only a comment
    `,
    `
    ARG BASE=alpine:3.20
    FROM \${BASE}
    `,
  ],
});
