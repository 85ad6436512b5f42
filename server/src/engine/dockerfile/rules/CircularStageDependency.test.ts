import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CircularStageDependency', {
  fires: [
    `
    FROM alpine:3.20 AS a
    COPY --from=b /x /x
                ^ CircularStageDependency
    FROM alpine:3.20 AS b
    COPY --from=a /y /y
    `,
    `
    FROM alpine:3.20 AS a
    RUN --mount=from=later,target=/src true
                     ^^^^^ CircularStageDependency
    RUN --mount=type=bind,from=a,target=/self true
                               ^ CircularStageDependency
    FROM alpine:3.20 AS later
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20 AS a
    FROM a AS b
    COPY --from=a /x /x
    RUN --mount=from=a,target=/a true
    FROM b
    COPY --from=1 /y /y
    COPY --from=golang:1.22 /usr/local/go /usr/local/go
    `,
  ],
});
