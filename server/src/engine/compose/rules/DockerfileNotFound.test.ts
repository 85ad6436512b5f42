import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DockerfileNotFound', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      web:
        build:
          context: ./app
          dockerfile: Dockerfile.prod
                      ^^^^^^^^^^^^^^^ DockerfileNotFound
      docs:
        build: ./docs
               ^^^^^^ DockerfileNotFound
    //- /ws/app/Dockerfile
    FROM alpine:3.20
    //- /ws/docs/README.md
    docs
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      web:
        build:
          context: ./app
          dockerfile: ../docker/web.Dockerfile
      app:
        build: ./app
      inline:
        build:
          context: ./docs
          dockerfile_inline: |
            FROM alpine:3.20
      missing:
        build: ./nowhere
    //- /ws/app/Dockerfile
    FROM alpine:3.20
    //- /ws/docker/web.Dockerfile
    FROM alpine:3.20
    //- /ws/docs/README.md
    docs
    `,
  ],
});
