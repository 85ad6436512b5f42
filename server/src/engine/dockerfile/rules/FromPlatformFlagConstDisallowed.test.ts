import { ruleCases } from '../../../../../test/harness/check';

ruleCases('FromPlatformFlagConstDisallowed', {
  fires: [
    `
    FROM --platform=linux/amd64 alpine:3.20 AS base
                    ^^^^^^^^^^^ FromPlatformFlagConstDisallowed
    FROM --platform=linux/arm64/v8 alpine:3.20
                    ^^^^^^^^^^^^^^ FromPlatformFlagConstDisallowed
    `,
  ],
  quiet: [
    `
    FROM --platform=linux/amd64 alpine:3.20 AS build_amd64
    FROM --platform=linux/arm64 alpine:3.20 AS build-arm64
    FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS windows
    FROM --platform=\$BUILDPLATFORM alpine:3.20 AS tools
    FROM alpine:3.20
    `,
  ],
});
