import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UnknownInstruction', {
  fires: [
    `
    FROM alpine:3.20
    RUNN echo hi
    ^^^^ UnknownInstruction
    copyy a b
    ^^^^^ UnknownInstruction
    ONBUILD RUNN make
            ^^^^ UnknownInstruction
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    run echo lower-case keywords are fine
    Copy a /b/
    MAINTAINER me
    ONBUILD RUN make
    RUN 3<<EOF cat
    not an instruction
    EOF
    `,
  ],
  fixes: [
    { before: 'FROM alpine:3.20\nRUNN echo hi\n', after: 'FROM alpine:3.20\nRUN echo hi\n' },
    { before: 'FROM alpine:3.20\ncopyy a b\n', after: 'FROM alpine:3.20\ncopy a b\n' },
    { before: 'FROM alpine:3.20\nEXPSOE 80\n', after: 'FROM alpine:3.20\nEXPOSE 80\n' },
  ],
});
