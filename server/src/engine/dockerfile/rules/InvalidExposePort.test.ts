import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidExposePort', {
  fires: [
    `
    FROM nginx:1.27
    EXPOSE 80/tcpp 70000 8000-7000 http
           ^^^^^^^ InvalidExposePort
                   ^^^^^ InvalidExposePort
                         ^^^^^^^^^ InvalidExposePort
                                   ^^^^ InvalidExposePort
    `,
  ],
  quiet: [
    `
    FROM nginx:1.27
    EXPOSE 80 443/tcp 53/udp 9000/sctp 8000-8010 80/TCP "8080" \$PORT \${PORT:-80}/tcp
    EXPOSE 8080:80 127.0.0.1:8080:80/tcp
    `,
  ],
});
