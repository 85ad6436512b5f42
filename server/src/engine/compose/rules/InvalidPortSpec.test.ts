import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidPortSpec', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
        ports:
          - "8080:80/tpc"
                     ^^^ InvalidPortSpec
          - "70000:80"
             ^^^^^ InvalidPortSpec
          - "300.0.0.1:80:80"
             ^^^^^^^^^ InvalidPortSpec
          - "9000-9001:80-82"
             ^^^^^^^^^^^^^^^ InvalidPortSpec
          - "90-80:90-80"
                   ^^^^^ InvalidPortSpec
          - "8080:"
                 ^ InvalidPortSpec
          - target: 80
            published: "80a"
                       ^^^^^ InvalidPortSpec
            protocol: http
                      ^^^^ InvalidPortSpec
            host_ip: localhost
                     ^^^^^^^^^ InvalidPortSpec
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx
        ports:
          - 80
          - "8080:80"
          - "127.0.0.1:8080:80/udp"
          - "[::1]:8443:443"
          - "9000-9005:9000-9005"
          - "8000-8010:80"
          - "127.0.0.1::80"
          - "\${HOST_PORT}:80"
          - "\${PORT:-8081}:81/sctp"
          - target: 80
            published: "8000-8001"
            protocol: udp
            host_ip: "::"
            mode: host
    `,
  ],
});
