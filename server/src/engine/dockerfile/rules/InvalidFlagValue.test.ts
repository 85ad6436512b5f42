import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidFlagValue', {
  fires: [
    `
    FROM alpine:3.20 AS build
    HEALTHCHECK --interval=5 --timeout=10 --retries=-1 CMD true
                           ^ InvalidFlagValue
                                       ^^ InvalidFlagValue
                                                    ^^ InvalidFlagValue
    RUN --network=bridge --security=unsafe echo
                  ^^^^^^ InvalidFlagValue
                                    ^^^^^^ InvalidFlagValue
    COPY --link=yes --chmod=8755 a /b/
                ^^^ InvalidFlagValue
                            ^^^^ InvalidFlagValue
    COPY --from build /a /b
         ^^^^^^ InvalidFlagValue
    COPY --from=\${STAGE} /a /b
                ^^^^^^^^ InvalidFlagValue
    `,
    `
    # syntax=docker/dockerfile:1.13
    FROM alpine:3.20
    COPY --chmod=u+x a /b/
                 ^^^ InvalidFlagValue
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20 AS build
    HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --retries=0 CMD true
    RUN --network=host --security=insecure echo
    COPY --link --link=false --chmod=0755 --chmod=\$MODE --from=build a /b/
    COPY --chmod=u+x,go-w a /b/
    FROM --platform=\${BUILDPLATFORM} alpine:3.20
    `,
  ],
});
