import { ruleCases } from '../../../../../test/harness/check';

ruleCases('HostPortConflict', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        ports:
          - "8080:80"
            ^^^^^^^^^ HostPortConflict
          - "127.0.0.1:9000-9002:9000-9002"
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ HostPortConflict
      api:
        image: myapi:1.0
        ports:
          - 8080:8080
            ^^^^^^^^^ HostPortConflict
          - target: 9000
            ^^^^^^^^^^^^ HostPortConflict
            published: "9001"
    `,
  ],
  quiet: [
    `
    services:
      aio:
        image: app:1.0
        profiles: [aio]
        ports: ["3000:3000"]
      app:
        image: app:1.0
        profiles: [split]
        ports: ["3000:3000"]
    `,
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        ports:
          - "127.0.0.1:8080:80"
          - "53:53/udp"
          - "80"
          - "\${WEB_PORT}:80"
      api:
        image: myapi:1.0
        ports:
          - "127.0.0.2:8080:8080"
          - "53:53/tcp"
          - "80"
          - "\${API_PORT}:80"
      host:
        image: myapi:1.0
        network_mode: host
        ports: ["8080:8080"]
    //- /ws/compose.override.yaml
    services:
      web:
        ports: ["127.0.0.1:8080:80"]
    `,
  ],
});
