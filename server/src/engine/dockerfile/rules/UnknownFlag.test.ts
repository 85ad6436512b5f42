import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UnknownFlag', {
  fires: [
    `
    FROM alpine:3.20 AS build
    COPY --form=build /a /b
         ^^^^^^ UnknownFlag
    RUN --mnt=type=cache,target=/x echo
        ^^^^^ UnknownFlag
    HEALTHCHECK --intervall=5s CMD true
                ^^^^^^^^^^^ UnknownFlag
    ENV --x=1 A=b
        ^^^ UnknownFlag
    COPY --FROM=build /a /b
         ^^^^^^ UnknownFlag
    `,
    `
    # syntax=docker/dockerfile:1.3
    FROM alpine:3.20
    COPY --link a /b/
         ^^^^^^ UnknownFlag
    COPY --parents a /b/
         ^^^^^^^^^ UnknownFlag
    `,
  ],
  quiet: [
    `
    FROM --platform=$BUILDPLATFORM alpine:3.20 AS build
    RUN --mount=type=cache,target=/x --network=none --security=sandbox --device=gpu echo
    COPY --from=build --chown=1:1 --chmod=755 --link --parents --exclude=*.md a /b/
    ADD --chown=1 --chmod=644 --link --checksum=sha256:00 --keep-git-dir --unpack=true --exclude=x https://e.x/a /b/
    HEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD true
    HEALTHCHECK --whatever NONE
    ARG --ignored=1 NAME
    RUN -- --not-a-flag
    `,
    `
    # syntax=docker/dockerfile:1.7-labs
    FROM alpine:3.20
    COPY --parents --exclude=x a /b/
    `,
    `
    # syntax=docker/dockerfile:1
    FROM alpine:3.20
    COPY --parents a /b/
    `,
  ],
  fixes: [
    { before: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --form=b /a /b\n', after: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b /a /b\n' },
    { before: 'FROM alpine:3.20\nCOPY --Link a /b/\n', after: 'FROM alpine:3.20\nCOPY --link a /b/\n' },
  ],
});
