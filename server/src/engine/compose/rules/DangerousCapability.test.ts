import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DangerousCapability', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      vpn:
        image: myvpn:1.0
        cap_add:
          - NET_ADMIN
            ^^^^^^^^^ DangerousCapability
          - NET_BIND_SERVICE
          - "CAP_SYS_ADMIN"
             ^^^^^^^^^^^^^ DangerousCapability
        cap_drop: [ALL]
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:1.27
        cap_drop: [ALL, SYS_ADMIN]
        cap_add: [NET_BIND_SERVICE, CHOWN]
    `,
  ],
});
