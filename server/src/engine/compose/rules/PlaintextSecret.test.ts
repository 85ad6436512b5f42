import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PlaintextSecret', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_PASSWORD: s3cret
                             ^^^^^^ PlaintextSecret
          POSTGRES_USER: app
      api:
        image: myapi:1.0
        environment:
          - STRIPE_API_KEY=sk_test_123
                           ^^^^^^^^^^^ PlaintextSecret
          - "GITHUB_TOKEN=ghp_abc"
                          ^^^^^^^ PlaintextSecret
    `,
  ],
  quiet: [
    `
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
          POSTGRES_PASSWORD_FILE: /run/secrets/db_password
          MYSQL_ALLOW_EMPTY_PASSWORD: "yes"
          MYSQL_RANDOM_ROOT_PASSWORD: true
          TOKEN_URL: https://auth.example.com/token
          REDIS_PASSWORD: ""
      api:
        image: myapi:1.0
        environment:
          - API_KEY=\${API_KEY:-}
          - SECRET
          - PASSWORD_MIN_LENGTH=12
    `,
  ],
  fixes: [
    {
      before: `
      //- /ws/compose.yaml
      services:
        db:
          image: postgres:16
          environment:
            POSTGRES_PASSWORD: "pa ss#1"
      //- /ws/.env
      TZ=UTC
      `,
      after: `
      services:
        db:
          image: postgres:16
          environment:
            POSTGRES_PASSWORD: "\${POSTGRES_PASSWORD}"
      `,
      files: { '/ws/.env': "TZ=UTC\nPOSTGRES_PASSWORD='pa ss#1'\n" },
    },
    {
      before: `
      services:
        api:
          image: myapi:1.0
          environment:
            - API_TOKEN=abc123
      `,
      after: `
      services:
        api:
          image: myapi:1.0
          environment:
            - API_TOKEN=\${API_TOKEN}
      `,
      files: { '/ws/.env': 'API_TOKEN=abc123\n' },
    },
  ],
});
