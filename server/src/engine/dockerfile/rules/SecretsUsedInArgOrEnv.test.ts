import { ruleCases } from '../../../../../test/harness/check';

ruleCases('SecretsUsedInArgOrEnv', {
  fires: [
    `
    FROM alpine:3.20
    ARG AWS_SECRET_ACCESS_KEY
        ^^^^^^^^^^^^^^^^^^^^^ SecretsUsedInArgOrEnv
    ENV DB_PASSWORD=changeme GITHUB_TOKEN=x
        ^^^^^^^^^^^ SecretsUsedInArgOrEnv
                             ^^^^^^^^^^^^ SecretsUsedInArgOrEnv
    ENV auth abc
        ^^^^ SecretsUsedInArgOrEnv
    `,
  ],
  quiet: [
    `
    ARG NPM_TOKEN
    FROM alpine:3.20
    ENV PUBLIC_KEY=abc SSH_KEY_FILE=/run/secrets/key TOKEN_VERSION=2 MONKEY=1 KEYBOARD=us AUTHOR=me
    ARG PASSWORDLESS=true
    `,
  ],
});
