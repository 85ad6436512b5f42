import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DependencyCycle', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        depends_on: [api]
                     ^^^ DependencyCycle
      api:
        image: myapi:1.0
        depends_on:
          worker:
          ^^^^^^ DependencyCycle
            condition: service_started
      worker:
        image: myworker:1.0
        depends_on:
          - web
            ^^^ DependencyCycle
      solo:
        image: alpine:3.20
        depends_on: [solo]
                     ^^^^ DependencyCycle
    `,
    // The loop closes in the override file.
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        depends_on: [api]
                     ^^^ DependencyCycle
      api:
        image: myapi:1.0
    //- /ws/compose.override.yaml
    services:
      api:
        depends_on: [web]
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:1.27
        depends_on: [api, db]
      api:
        image: myapi:1.0
        depends_on:
          db:
            condition: service_healthy
      db:
        image: postgres:16
    `,
  ],
});
