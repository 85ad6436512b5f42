import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MutuallyExclusiveKeys', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        network_mode: host
        networks: [front]
        ^^^^^^^^ MutuallyExclusiveKeys
      app:
        build:
          context: .
          dockerfile: Dockerfile
          dockerfile_inline: FROM alpine
          ^^^^^^^^^^^^^^^^^ MutuallyExclusiveKeys
      worker:
        image: myworker:1.0
        container_name: worker
        ^^^^^^^^^^^^^^ MutuallyExclusiveKeys
        deploy:
          replicas: 3
    secrets:
      token:
        file: ./token.txt
        environment: TOKEN
        ^^^^^^^^^^^ MutuallyExclusiveKeys
    `,
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        networks: [front]
        ^^^^^^^^ MutuallyExclusiveKeys
    //- /ws/compose.override.yaml
    services:
      web:
        network_mode: host
    `,
  ],
  quiet: [
    // A standalone variant is not read over the main file: its own service has an image.
    `
    //- /ws/docker-compose.exporters.yml
    services:
      nodeexporter:
        image: prom/node-exporter:v1.8.2
        network_mode: host
    //- /ws/docker-compose.yml
    services:
      nodeexporter:
        image: prom/node-exporter:v1.8.2
        networks: [monitor]
    networks:
      monitor:
    `,
    `
    services:
      web:
        image: nginx:1.27
        network_mode: host
      app:
        build:
          context: .
          dockerfile_inline: FROM alpine
      worker:
        image: myworker:1.0
        container_name: worker
        scale: 1
    secrets:
      token:
        file: ./token.txt
      ext:
        external: true
        name: prod_token
    configs:
      c:
        content: hi
        external: false
    `,
  ],
});
