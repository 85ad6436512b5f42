import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidValueType', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
        cpus: lots
              ^^^^ InvalidValueType
        ports: 80
               ^^ InvalidValueType
        privileged: maybe
                    ^^^^^ InvalidValueType
    `,
    `
    services:
      web:
        image: nginx
        mem_limit: a lot
                   ^^^^^ InvalidValueType
        depends_on:
          db:
          ^^ InvalidValueType
            required: true
      db:
        image: postgres
    `,
    // A known default that is still wrong.
    `
    services:
      web:
        image: nginx
        cpus: \${CPUS:-many}
              ^^^^^^^^^^^^^ InvalidValueType
    `,
    // The .env value is known and wrong.
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx
        scale: \${SCALE}
               ^^^^^^^^ InvalidValueType
    //- /ws/.env
    SCALE=two
    `,
    `
    services:
      web:
        image: nginx
        ports:
          - "80:80"
          - "80:80"
            ^^^^^^^ InvalidValueType
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx
        cpus: 0.5
        mem_limit: 512m
        shm_size: "2gb"
        privileged: "true"
        scale: "\${SCALE:-2}"
        cpu_shares: \${SHARES}
        ports:
          - 80
          - "8080:80"
          - target: 80
            published: "\${PORT:-8080}"
        environment:
          # only a comment: compose takes it as unset
        build: .
        deploy:
          replicas: \${REPLICAS}
    `,
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx
        scale: \${SCALE}
    //- /ws/.env
    SCALE=3
    `,
    // An override file: partial services, !reset null, !override lists.
    `
    //- /ws/compose.override.yaml
    services:
      web:
        build: !reset null
        ports: !override
          - "9090:80"
        healthcheck: !reset {}
    //- /ws/compose.yaml
    services:
      web:
        image: nginx
        build: .
        ports: ["8080:80"]
    `,
  ],
});
