import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PreferAddChecksum', {
  fires: [
    `
    FROM debian:12
    RUN curl -fsSLo /usr/local/bin/tini https://github.com/krallin/tini/releases/download/v0.19.0/tini && chmod +x /usr/local/bin/tini
        ^^^^ PreferAddChecksum
    `,
    `
    FROM alpine:3.20
    RUN wget -O /tmp/app.tar.gz https://example.com/app-1.2.tar.gz
        ^^^^ PreferAddChecksum
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN curl -fsSL https://example.com/install.sh | sh
    RUN curl -fsSLo /tmp/x.tgz https://example.com/x.tgz && tar xzf /tmp/x.tgz -C /opt && rm /tmp/x.tgz
    RUN curl -f http://localhost:8080/health
    RUN curl -X POST -o /tmp/r https://example.com/api
    RUN echo "curl -o x https://example.com"
    `,
  ],
});
