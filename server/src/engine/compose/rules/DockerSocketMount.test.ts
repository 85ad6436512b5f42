import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DockerSocketMount', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      traefik:
        image: traefik:v3.1
        volumes:
          - /var/run/docker.sock:/var/run/docker.sock:ro
            ^^^^^^^^^^^^^^^^^^^^ DockerSocketMount
          - type: bind
            source: /run/docker.sock
                    ^^^^^^^^^^^^^^^^ DockerSocketMount
            target: /docker.sock
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:1.27
        volumes:
          - ./docker.sock:/tmp/x
          - sock:/var/run/docker.sock
          - \${DOCKER_SOCK}:/var/run/docker.sock
    volumes:
      sock:
    `,
  ],
});
