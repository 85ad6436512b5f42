import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CopyWholeFilesystem', {
  fires: [
    `
    FROM golang:1.22 AS build
    RUN go build -o /out/app .
    FROM gcr.io/distroless/static
    COPY --from=build / /
                      ^ CopyWholeFilesystem
    COPY --from=debian:12 / /rootfs/
                          ^ CopyWholeFilesystem
    `,
    `
    FROM alpine:3.20
    COPY / /app
         ^ CopyWholeFilesystem
    `,
  ],
  quiet: [
    `
    FROM --platform=$BUILDPLATFORM tonistiigi/xx AS xx
    FROM golang:1.22 AS build
    RUN go build -o /out/app .
    FROM scratch AS artifacts
    COPY --from=build /out/app /
    FROM alpine:3.20
    COPY --from=xx / /
    COPY --from=artifacts / /
    COPY --from=build /out/ /usr/local/bin/
    COPY . /app
    `,
  ],
});
