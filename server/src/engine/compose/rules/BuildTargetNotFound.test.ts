import { ruleCases } from '../../../../../test/harness/check';

ruleCases('BuildTargetNotFound', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      web:
        build:
          context: ./app
          target: prodd
                  ^^^^^ BuildTargetNotFound
    //- /ws/app/Dockerfile
    FROM golang:1.23 AS build
    FROM alpine:3.20 AS prod
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      web:
        build:
          context: ./app
          target: PROD
      dev:
        build:
          context: ./app
          target: \${TARGET}
    //- /ws/compose.override.yaml
    services:
      web:
        build:
          target: build
    //- /ws/app/Dockerfile
    FROM golang:1.23 AS build
    FROM alpine:3.20 AS prod
    `,
  ],
  fixes: [
    {
      before: `
      //- /ws/compose.yaml
      services:
        web:
          build:
            context: ./app
            target: prodd
      //- /ws/app/Dockerfile
      FROM golang:1.23 AS build
      FROM alpine:3.20 AS prod
      `,
      after: `
      services:
        web:
          build:
            context: ./app
            target: prod
      `,
    },
  ],
});
