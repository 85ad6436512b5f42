import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ExposeInvalidFormat', {
  fires: [
    `
    FROM nginx:1.27
    EXPOSE 8080:80 127.0.0.1:443:443/tcp 22
           ^^^^^^^ ExposeInvalidFormat
                   ^^^^^^^^^^^^^^^^^^^^^ ExposeInvalidFormat
    `,
  ],
  quiet: [
    `
    FROM nginx:1.27
    EXPOSE 80 443/tcp 8000-8010 \${PORT}
    `,
  ],
  fixes: [
    { before: 'FROM nginx:1.27\nEXPOSE 8080:80\n', after: 'FROM nginx:1.27\nEXPOSE 80\n' },
    { before: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:53:53/udp\n', after: 'FROM nginx:1.27\nEXPOSE 53/udp\n' },
  ],
});
