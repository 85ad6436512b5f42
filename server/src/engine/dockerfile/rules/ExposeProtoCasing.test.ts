import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ExposeProtoCasing', {
  fires: [
    `
    FROM nginx:1.27
    EXPOSE 80/TCP 53/Udp 443
              ^^^ ExposeProtoCasing
                     ^^^ ExposeProtoCasing
    `,
  ],
  quiet: [
    `
    FROM nginx:1.27
    EXPOSE 80/tcp 53/udp 443 \$PORT/\$PROTO
    `,
  ],
  fixes: [{ before: 'FROM nginx:1.27\nEXPOSE 80/TCP\n', after: 'FROM nginx:1.27\nEXPOSE 80/tcp\n' }],
});
