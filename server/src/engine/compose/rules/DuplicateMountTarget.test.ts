import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DuplicateMountTarget', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      app:
        image: myapp:1.0
        volumes:
          - ./src:/app
          - data:/app/
                 ^^^^^ DuplicateMountTarget
          - type: bind
            source: ./cfg
            target: /etc/app
          - /etc/app
            ^^^^^^^^ DuplicateMountTarget
        tmpfs:
          - /app:size=64m
            ^^^^ DuplicateMountTarget
    volumes:
      data:
    `,
  ],
  quiet: [
    // Override files replace a mount with the same target; they do not add a second one.
    `
    //- /ws/compose.yaml
    services:
      app:
        image: myapp:1.0
        volumes:
          - ./src:/app
          - ./src/node_modules:/app/node_modules
          - \${A}:/a
          - \${B}:/b
        tmpfs: /tmp
    //- /ws/compose.override.yaml
    services:
      app:
        volumes:
          - ./other:/app
    `,
  ],
});
