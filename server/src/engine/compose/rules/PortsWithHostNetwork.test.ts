import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PortsWithHostNetwork', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        network_mode: host
        ports:
        ^^^^^ PortsWithHostNetwork
          - "80:80"
    `,
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        ports: ["80:80"]
        ^^^^^ PortsWithHostNetwork
    //- /ws/compose.override.yaml
    services:
      web:
        network_mode: "\${MODE:-host}"
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:1.27
        network_mode: bridge
        ports: ["80:80"]
      host:
        image: nginx:1.27
        network_mode: host
        ports: []
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
          network_mode: host
          ports:
            - "80:80" # public
          restart: always
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          network_mode: host
          restart: always
      `,
    },
  ],
});
