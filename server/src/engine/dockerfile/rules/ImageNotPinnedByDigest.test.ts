import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ImageNotPinnedByDigest', {
  fires: [
    `
    FROM golang:1.22 AS build
         ^^^^^^^^^^^ ImageNotPinnedByDigest
    FROM gcr.io/distroless/static-debian12:nonroot
         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ImageNotPinnedByDigest
    COPY --from=build /app /app
    `,
  ],
  quiet: [
    `
    FROM golang:1.22@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1 AS build
    FROM build AS test
    FROM scratch
    `,
  ],
});
