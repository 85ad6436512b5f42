import { ruleCases } from '../../../../../test/harness/check';

ruleCases('SecretFileNotFound', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      app:
        image: myapp:1.0
        secrets: [db_password]
        configs: [app_conf]
    secrets:
      db_password:
        file: ./secrets/db_password.txt
              ^^^^^^^^^^^^^^^^^^^^^^^^^ SecretFileNotFound
    configs:
      app_conf:
        file: app.conf
              ^^^^^^^^ SecretFileNotFound
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      app:
        image: myapp:1.0
        secrets: [db_password, token]
    secrets:
      db_password:
        file: ./secrets/db_password.txt
      token:
        environment: TOKEN
    //- /ws/secrets/db_password.txt
    s3cret
    `,
  ],
});
