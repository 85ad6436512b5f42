import { ruleCases } from '../../../../../test/harness/check';

ruleCases('HealthyDependencyWithoutHealthcheck', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        depends_on:
          db:
            condition: service_healthy
                       ^^^^^^^^^^^^^^^ HealthyDependencyWithoutHealthcheck
          api:
            condition: service_healthy
                       ^^^^^^^^^^^^^^^ HealthyDependencyWithoutHealthcheck
      db:
        image: postgres:16
      api:
        build: ./app
    //- /ws/app/Dockerfile
    FROM node:22-alpine AS build
    HEALTHCHECK CMD wget -q --spider http://localhost:3000/ || exit 1
    FROM node:22-alpine AS prod
    CMD ["node", "server.js"]
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    x-hc: &hc
      healthcheck:
        test: ["CMD", "redis-cli", "ping"]
    services:
      web:
        image: nginx:1.27
        depends_on:
          db:
            condition: service_healthy
          cache:
            condition: service_healthy
          api:
            condition: service_healthy
          worker:
            condition: service_started
      db:
        image: postgres:16
      cache:
        <<: *hc
        image: redis:7
      api:
        build:
          context: ./app
          target: build
      worker:
        image: myworker:1.0
    //- /ws/compose.override.yaml
    services:
      db:
        healthcheck:
          test: ["CMD-SHELL", "pg_isready"]
    //- /ws/app/Dockerfile
    FROM node:22-alpine AS build
    HEALTHCHECK CMD wget -q --spider http://localhost:3000/ || exit 1
    FROM build AS prod
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            db:
              condition: service_healthy
        db:
          image: postgres:16
          environment:
            POSTGRES_DB: app
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            db:
              condition: service_healthy
        db:
          image: postgres:16
          environment:
            POSTGRES_DB: app
          healthcheck:
            test: ["CMD-SHELL", "pg_isready -U $\${POSTGRES_USER:-postgres}"]
            interval: 10s
            timeout: 5s
            retries: 5
      `,
    },
    {
      before: `
      //- /ws/compose.yaml
      services:
        web:
          image: nginx:1.27
          depends_on:
            api: {condition: service_healthy}
        api:
          build: ./app
          ports: ["8080:3000"]
      //- /ws/app/Dockerfile
      FROM node:22-alpine
      CMD ["node", "server.js"]
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            api: {condition: service_healthy}
        api:
          build: ./app
          ports: ["8080:3000"]
          healthcheck:
            test: ["CMD", "wget", "-q", "--spider", "http://localhost:3000/"]
            interval: 10s
            timeout: 5s
            retries: 5
      `,
    },
  ],
});
