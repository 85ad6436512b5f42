import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ObsoleteVersion', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    version: "3.8"
    ^^^^^^^^^^^^^^ ObsoleteVersion
    services:
      web:
        image: nginx
    `,
  ],
  quiet: [
    `
    name: shop
    services:
      web:
        image: nginx
        environment:
          version: "3"
        labels:
          version: "1.0"
    `,
  ],
  fixes: [
    {
      before: `
      # the stack
      version: '3.8' # old
      services:
        web:
          image: nginx
      `,
      after: `
      # the stack
      services:
        web:
          image: nginx
      `,
    },
    {
      before: 'version: "2.4"\r\nservices:\r\n  web:\r\n    image: nginx\r\n',
      after: 'services:\r\n  web:\r\n    image: nginx\r\n',
    },
  ],
});
