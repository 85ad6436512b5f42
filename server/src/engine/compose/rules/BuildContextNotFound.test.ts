import { ruleCases } from '../../../../../test/harness/check';

ruleCases('BuildContextNotFound', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      web:
        build: ./web
               ^^^^^ BuildContextNotFound
      api:
        build:
          context: "\${API_DIR:-./api}"
                    ^^^^^^^^^^^^^^^^^ BuildContextNotFound
    //- /ws/app/Dockerfile
    FROM alpine:3.20
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      app:
        build: ./app
      root:
        build:
          dockerfile: app/Dockerfile
      remote:
        build: https://github.com/docker/welcome.git#main
      git:
        build:
          context: git@github.com:acme/api.git
      unknown:
        build: \${SRC_DIR}
    //- /ws/app/Dockerfile
    FROM alpine:3.20
    `,
  ],
});
