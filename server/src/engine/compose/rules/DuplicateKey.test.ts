import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DuplicateKey', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
        image: httpd
        ^^^^^ DuplicateKey
    `,
    `
    x-a: &a
      restart: always
    x-b: &b
      init: true
    services:
      web:
        <<: *a
        <<: *b
        ^^ DuplicateKey
        image: nginx
    `,
    `
    services:
      web: {image: nginx, image: httpd}
                          ^^^^^ DuplicateKey
    `,
  ],
  quiet: [
    `
    x-a: &a
      restart: always
    x-b: &b
      init: true
    services:
      web:
        <<: [*a, *b]
        image: nginx
      db:
        <<: *a
        image: postgres
        environment:
          image: not-a-duplicate
    `,
  ],
  fixes: [
    {
      before: `
      x-a: &a
        restart: always
      x-b: &b
        init: true
      services:
        web:
          <<: *a
          image: nginx
          <<: *b
      `,
      after: `
      x-a: &a
        restart: always
      x-b: &b
        init: true
      services:
        web:
          <<: [*a, *b]
          image: nginx
      `,
    },
  ],
});
