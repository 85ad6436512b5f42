import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ImageUntagged', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
               ^^^^^ ImageUntagged
      reg:
        image: "localhost:5000/acme/api"
                ^^^^^^^^^^^^^^^^^^^^^^^ ImageUntagged
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx:1.27
      digest:
        image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
      built:
        image: myapp
        build: .
      var:
        image: \${IMAGE}
    `,
  ],
});
