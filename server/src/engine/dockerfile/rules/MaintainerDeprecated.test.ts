import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MaintainerDeprecated', {
  fires: [
    `
    FROM alpine:3.20
    MAINTAINER Jane Doe <jane@example.com>
    ^^^^^^^^^^ MaintainerDeprecated
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
    `,
  ],
  fixes: [
    {
      before: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n',
      after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
    },
    {
      before: 'FROM alpine:3.20\nMAINTAINER "Jane" $USER\n',
      after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="\\"Jane\\" \\$USER"\n',
    },
  ],
});
