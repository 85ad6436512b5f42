import { ruleCases } from '../../../../../test/harness/check';

ruleCases('NoEmptyContinuation', {
  fires: [
    `
    FROM alpine:3.20
    RUN apk add --no-cache \\
                           ^ NoEmptyContinuation

        curl
    `,
    `
    FROM alpine:3.20
    RUN echo a && \\
                  ^ NoEmptyContinuation


        echo b
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    RUN apk add --no-cache \\
        # a comment line is fine
        curl

    RUN <<EOF
    echo one

    echo two
    EOF
    `,
  ],
  fixes: [
    {
      before: 'FROM alpine:3.20\nRUN apk add \\\n\n    curl\n',
      after: 'FROM alpine:3.20\nRUN apk add \\\n    curl\n',
    },
    {
      before: 'FROM alpine:3.20\r\nRUN apk add \\\r\n  \r\n\r\n    curl\r\n',
      after: 'FROM alpine:3.20\r\nRUN apk add \\\r\n    curl\r\n',
    },
  ],
});
