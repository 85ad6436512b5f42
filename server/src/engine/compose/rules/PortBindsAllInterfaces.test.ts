import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PortBindsAllInterfaces', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      db:
        image: postgres:16
        ports:
          - "5432:5432"
             ^^^^^^^^^ PortBindsAllInterfaces
          - target: 5433
            ^^^^^^^^^^^^ PortBindsAllInterfaces
            published: 5433
      web:
        image: nginx:1.27
        ports: [8080:80]
                ^^^^^^^ PortBindsAllInterfaces
    `,
  ],
  quiet: [
    `
    services:
      db:
        image: postgres:16
        ports:
          - "127.0.0.1:5432:5432"
          - "[::1]:5433:5432"
          - target: 5434
            published: 5434
            host_ip: 0.0.0.0
          - "\${DB_PORT}:5432"
      host:
        image: nginx:1.27
        network_mode: host
        ports: ["80:80"]
    `,
  ],
  fixes: [
    {
      before: `
      services:
        db:
          image: postgres:16
          ports:
            - "5432:5432"
      `,
      after: `
      services:
        db:
          image: postgres:16
          ports:
            - "127.0.0.1:5432:5432"
      `,
    },
    {
      before: `
      services:
        cache:
          image: redis:7
          ports:
            - 6379
      `,
      after: `
      services:
        cache:
          image: redis:7
          ports:
            - 127.0.0.1::6379
      `,
    },
    {
      before: `
      services:
        db:
          image: mysql:8.4
          ports:
            - target: 3306
              published: "3306"
      `,
      after: `
      services:
        db:
          image: mysql:8.4
          ports:
            - target: 3306
              published: "3306"
              host_ip: 127.0.0.1
      `,
    },
  ],
});
