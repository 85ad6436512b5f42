import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ReservedStageName', {
  fires: [
    `
    FROM alpine:3.20 AS scratch
                        ^^^^^^^ ReservedStageName
    FROM alpine:3.20 AS Context
                        ^^^^^^^ ReservedStageName
    `,
  ],
  quiet: [
    `
    FROM scratch AS base
    FROM alpine:3.20 AS contexts
    `,
  ],
});
