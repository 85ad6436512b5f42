import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PrivilegedContainer', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      dind:
        image: docker:27-dind
        privileged: true
                    ^^^^ PrivilegedContainer
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:1.27
        privileged: false
      app:
        image: myapp:1.0
        privileged: \${PRIV:-false}
    `,
  ],
});
