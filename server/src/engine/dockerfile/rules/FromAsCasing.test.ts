import { ruleCases } from '../../../../../test/harness/check';

ruleCases('FromAsCasing', {
  fires: [
    `
    FROM golang:1.22 as build
                     ^^ FromAsCasing
    from alpine:3.20 AS run
                     ^^ FromAsCasing
    `,
  ],
  quiet: [
    `
    FROM golang:1.22 AS build
    from alpine:3.20 as run
    From alpine:3.20 as other
    FROM alpine:3.20
    `,
  ],
  fixes: [
    { before: 'FROM golang:1.22 as build\n', after: 'FROM golang:1.22 AS build\n' },
    { before: 'from golang:1.22 As build\n', after: 'from golang:1.22 as build\n' },
  ],
});
