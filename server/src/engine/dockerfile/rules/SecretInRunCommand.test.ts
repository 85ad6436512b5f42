import { ruleCases } from '../../../../../test/harness/check';

ruleCases('SecretInRunCommand', {
  fires: [
    `
    FROM debian:12
    RUN curl -H "Authorization: Bearer ghp_abcdef123456" https://api.example.com/x -o /x
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ SecretInRunCommand
    `,
    `
    FROM debian:12
    RUN NPM_TOKEN=npm_s3cr3tvalue npm ci && docker login --password=hunter22 registry.example.com
        ^^^^^^^^^^^^^^^^^^^^^^^^^ SecretInRunCommand
                                                         ^^^^^^^^^^^^^^^^^^^ SecretInRunCommand
    `,
    `
    FROM alpine:3.20
    RUN git clone https://deploy:tok3nvalue@git.example.com/app.git /app
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ SecretInRunCommand
    `,
  ],
  quiet: [
    `
    FROM debian:12
    ARG NPM_TOKEN
    RUN NPM_TOKEN=$NPM_TOKEN npm ci
    RUN --mount=type=secret,id=token TOKEN=$(cat /run/secrets/token) ./fetch.sh
    RUN curl -H "Authorization: Bearer \${API_TOKEN}" https://api.example.com -o /x
    RUN echo "--password=hunter22" # --password=hunter22
    RUN docker login --password-stdin registry.example.com < /run/secrets/pw
    RUN PASSWORD_FILE=/run/secrets/pw ./setup.sh
    RUN git clone https://github.com/org/repo.git
    `,
  ],
});
