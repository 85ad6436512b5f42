import { ruleCases } from '../../../../../test/harness/check';

ruleCases('OnbuildNotAllowed', {
  fires: [
    `
    FROM alpine:3.20
    ONBUILD ONBUILD RUN make
            ^^^^^^^ OnbuildNotAllowed
    onbuild from alpine
            ^^^^ OnbuildNotAllowed
    ONBUILD MAINTAINER me
            ^^^^^^^^^^ OnbuildNotAllowed
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    ONBUILD RUN make
    ONBUILD COPY . /app/
    `,
  ],
});
