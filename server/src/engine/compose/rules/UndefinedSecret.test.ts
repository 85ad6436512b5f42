import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UndefinedSecret', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      app:
        image: myapp:1.0
        secrets:
          - db_password
            ^^^^^^^^^^^ UndefinedSecret
          - source: api_key
                    ^^^^^^^ UndefinedSecret
            target: /run/secrets/key
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      app:
        image: myapp:1.0
        secrets: [db_password, {source: api_key}]
    secrets:
      db_password:
        file: ./db_password.txt
    //- /ws/compose.override.yaml
    secrets:
      api_key:
        environment: API_KEY
    //- /ws/db_password.txt
    s3cret
    `,
  ],
  fixes: [
    {
      before: `
      services:
        app:
          image: myapp:1.0
          secrets: [db_password]
      `,
      after: `
      services:
        app:
          image: myapp:1.0
          secrets: [db_password]

      secrets:
        db_password:
          environment: "DB_PASSWORD"
      `,
    },
  ],
});
