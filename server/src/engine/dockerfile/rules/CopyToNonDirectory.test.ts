import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CopyToNonDirectory', {
  fires: [
    `
    FROM alpine:3.20
    COPY a.txt b.txt /app
                     ^^^^ CopyToNonDirectory
    `,
    `
    FROM alpine:3.20
    ADD --chown=1:1 a b dest
                        ^^^^ CopyToNonDirectory
    `,
  ],
  quiet: [
    `
    FROM golang:1.22
    COPY . . && go build -o /app
    `,
    `
    FROM alpine:3.20
    COPY a.txt b.txt /app/
    COPY a.txt /app
    COPY *.txt ./
    COPY a b $DEST
    COPY a b .
    COPY a b ..
    `,
  ],
  fixes: [
    {
      before: `
      FROM alpine:3.20
      COPY a.txt b.txt /app
      `,
      after: `
      FROM alpine:3.20
      COPY a.txt b.txt /app/
      `,
    },
    {
      before: `
      FROM alpine:3.20
      COPY ["a.txt", "b.txt", "/app"]
      `,
      after: `
      FROM alpine:3.20
      COPY ["a.txt", "b.txt", "/app/"]
      `,
    },
  ],
});
