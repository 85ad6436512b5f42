import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ConsistentInstructionCasing', {
  fires: [
    `
    FROM alpine:3.20
    run echo hi
    ^^^ ConsistentInstructionCasing
    Copy a /a
    ^^^^ ConsistentInstructionCasing
    CMD ["sh"]
    `,
    `
    from alpine:3.20
    run echo hi
    COPY a /a
    ^^^^ ConsistentInstructionCasing
    `,
  ],
  quiet: [
    `
    from alpine:3.20
    run echo hi
    copy a /a
    `,
  ],
  fixes: [
    { before: 'FROM alpine:3.20\nrun echo hi\nCMD ["sh"]\n', after: 'FROM alpine:3.20\nRUN echo hi\nCMD ["sh"]\n' },
    { before: 'from alpine:3.20\nrun echo hi\nCOPY a /a\n', after: 'from alpine:3.20\nrun echo hi\ncopy a /a\n' },
  ],
});
