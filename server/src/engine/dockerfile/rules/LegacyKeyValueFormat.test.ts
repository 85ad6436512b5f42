import { ruleCases } from '../../../../../test/harness/check';

ruleCases('LegacyKeyValueFormat', {
  fires: [
    `
    FROM alpine:3.20
    ENV GOPATH /go
        ^^^^^^ LegacyKeyValueFormat
    LABEL maintainer Jane Doe
          ^^^^^^^^^^ LegacyKeyValueFormat
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    ENV GOPATH=/go PATH=/go/bin:\$PATH
    LABEL maintainer="Jane Doe"
    `,
  ],
  fixes: [
    { before: 'FROM alpine:3.20\nENV GOPATH /go\n', after: 'FROM alpine:3.20\nENV GOPATH=/go\n' },
    { before: 'FROM alpine:3.20\nENV MSG hello  world\n', after: 'FROM alpine:3.20\nENV MSG="hello  world"\n' },
    {
      before: "FROM alpine:3.20\nENV MSG 'it costs $5' \"say \\\"hi\\\"\" $HOME\n",
      after: 'FROM alpine:3.20\nENV MSG="it costs \\$5 say \\"hi\\" $HOME"\n',
    },
    {
      before: 'FROM alpine:3.20\nENV DEPS \\\n    autoconf \\\n    file\nRUN echo\n',
      after: 'FROM alpine:3.20\nENV DEPS="autoconf \\\n    file"\nRUN echo\n',
    },
  ],
});
