import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InstructionBeforeFrom', {
  fires: [
    `
    ARG BASE=alpine:3.20
    ENV A=1
    ^^^ InstructionBeforeFrom
    label x=y
    ^^^^^ InstructionBeforeFrom
    FROM \${BASE}
    `,
  ],
  quiet: [
    `
    # syntax=docker/dockerfile:1
    # a comment
    ARG BASE=alpine:3.20
    FROM \${BASE}
    ENV A=1
    `,
  ],
});
