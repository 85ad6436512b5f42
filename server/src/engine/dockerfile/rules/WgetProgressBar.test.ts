import { ruleCases } from '../../../../../test/harness/check';

ruleCases('WgetProgressBar', {
  fires: [
    `
    FROM debian:12
    RUN wget https://example.com/app.tar.gz -O /tmp/app.tar.gz
        ^^^^ WgetProgressBar
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN wget --progress=dot:giga https://example.com/a && wget -q https://example.com/b
    RUN wget -qO- https://example.com/c | sh && wget -nv https://example.com/d
    RUN wget --no-verbose https://example.com/e && wget -o /tmp/log https://example.com/f
    RUN echo wget https://example.com/g
    `,
  ],
  fixes: [
    {
      before: `
      FROM debian:12
      RUN wget https://example.com/app.tar.gz
      `,
      after: `
      FROM debian:12
      RUN wget --progress=dot:giga https://example.com/app.tar.gz
      `,
    },
    {
      before: `
      FROM debian:12
      RUN wget https://example.com/app.tar.gz
      `,
      after: `
      FROM debian:12
      RUN wget -nv https://example.com/app.tar.gz
      `,
      title: 'Add -nv',
    },
    {
      before: `
      FROM alpine:3.20
      RUN wget https://example.com/app.tar.gz
      `,
      after: `
      FROM alpine:3.20
      RUN wget -q https://example.com/app.tar.gz
      `,
    },
  ],
});
