import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CurlAndWget', {
  fires: [
    `
    FROM debian:12
    RUN curl -fsSL https://example.com/a -o /a
    RUN wget -q https://example.com/b && wget -q https://example.com/c
        ^^^^ CurlAndWget
                                         ^^^^ CurlAndWget
    `,
  ],
  quiet: [
    `
    FROM debian:12 AS fetch
    RUN curl -fsSL https://example.com/a -o /a
    FROM alpine:3.20
    RUN wget -q https://example.com/b
    RUN apt-get install -y curl wget
    `,
  ],
});
