import { ruleCases } from '../../../../../test/harness/check';

ruleCases('HostNetworkMode', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        network_mode: "host"
                       ^^^^ HostNetworkMode
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:1.27
        network_mode: bridge
      side:
        image: nginx:1.27
        network_mode: service:web
    `,
  ],
});
