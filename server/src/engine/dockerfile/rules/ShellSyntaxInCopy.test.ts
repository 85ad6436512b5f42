import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ShellSyntaxInCopy', {
  fires: [
    `
    FROM golang:1.22
    COPY . . && go build -o app
             ^^^^^^^^^^^^^^^^^^ ShellSyntaxInCopy
    ADD app.tgz /opt/ | tar x
                      ^^^^^^^ ShellSyntaxInCopy
    `,
  ],
  quiet: [
    `
    FROM golang:1.22
    COPY . .
    ADD https://example.com/a?x=1&y=2 /opt/
    COPY ["a && b", "/c/"]
    RUN go build && echo ok
    `,
  ],
  fixes: [
    {
      before: 'FROM golang:1.22\nCOPY . . && go build -o app\n',
      after: 'FROM golang:1.22\nCOPY . .\nRUN go build -o app\n',
    },
    {
      before: 'FROM golang:1.22\r\n  COPY . . \\\r\n    && go build -o app\r\n',
      after: 'FROM golang:1.22\r\n  COPY . .\r\n  RUN go build -o app\r\n',
    },
  ],
});
