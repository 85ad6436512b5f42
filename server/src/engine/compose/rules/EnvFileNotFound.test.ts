import { ruleCases } from '../../../../../test/harness/check';

ruleCases('EnvFileNotFound', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        env_file: web.env
                  ^^^^^^^ EnvFileNotFound
      api:
        image: myapi:1.0
        env_file:
          - .env
          - path: ./local.env
                  ^^^^^^^^^^^ EnvFileNotFound
    //- /ws/.env
    A=1
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      api:
        image: myapi:1.0
        env_file:
          - .env
          - path: ./local.env
            required: false
          - \${ENV_FILE}
    //- /ws/.env
    A=1
    `,
  ],
});
