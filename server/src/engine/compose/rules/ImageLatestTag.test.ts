import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ImageLatestTag', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:latest
                     ^^^^^^ ImageLatestTag
      api:
        image: "ghcr.io/acme/api:\${TAG:-latest}"
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ImageLatestTag
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
      pinned:
        image: nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
      built:
        image: myapp:latest
        build: .
      env:
        image: ghcr.io/acme/api:\${TAG:-latest}
    //- /ws/.env
    TAG=1.4.2
    `,
  ],
});
