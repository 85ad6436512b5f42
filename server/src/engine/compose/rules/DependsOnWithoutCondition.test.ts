import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DependsOnWithoutCondition', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        depends_on:
          - db
            ^^ DependsOnWithoutCondition
          - api
          - cache
            ^^^^^ DependsOnWithoutCondition
      api:
        build: ./db
      worker:
        image: myworker:1.0
        depends_on:
          queue:
          ^^^^^ DependsOnWithoutCondition
            restart: true
      db:
        image: postgres:16
      cache:
        image: bitnami/redis:7.4
      queue:
        image: rabbitmq:3-management
    //- /ws/db/Dockerfile
    FROM node:22
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:1.27
        depends_on:
          db:
            condition: service_healthy
          cache:
            condition: service_started
          api:
            condition: service_started
      api:
        image: myapi:1.0
      db:
        image: postgres:16
        healthcheck:
          test: ["CMD-SHELL", "pg_isready"]
      cache:
        image: redis:7
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
          depends_on: [db, api]
        api:
          image: myapi:1.0
        db:
          image: postgres:16
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            db:
              condition: service_healthy
            api:
              condition: service_started
        api:
          image: myapi:1.0
        db:
          image: postgres:16
          healthcheck:
            test: ["CMD-SHELL", "pg_isready -U $\${POSTGRES_USER:-postgres}"]
            interval: 10s
            timeout: 5s
            retries: 5
      `,
    },
    {
      // The dependency lives in another file and has no healthcheck: fall back to service_started.
      before: `
      //- /ws/compose.yaml
      services:
        web:
          image: nginx:1.27
          depends_on:
            - kafka
      //- /ws/compose.override.yaml
      services:
        kafka:
          image: apache/kafka:3.8.0
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            kafka:
              condition: service_started
      `,
    },
    {
      before: `
      services:
        worker:
          image: myworker:1.0
          depends_on:
            queue:
              restart: true
        queue:
          image: rabbitmq:3-management
          healthcheck:
            test: ["CMD", "rabbitmq-diagnostics", "-q", "ping"]
      `,
      after: `
      services:
        worker:
          image: myworker:1.0
          depends_on:
            queue:
              restart: true
              condition: service_healthy
        queue:
          image: rabbitmq:3-management
          healthcheck:
            test: ["CMD", "rabbitmq-diagnostics", "-q", "ping"]
      `,
    },
  ],
});
