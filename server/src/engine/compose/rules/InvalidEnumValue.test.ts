import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidEnumValue', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
        restart: allways
                 ^^^^^^^ InvalidEnumValue
        pull_policy: alwayz
                     ^^^^^^ InvalidEnumValue
        network_mode: hots
                      ^^^^ InvalidEnumValue
        depends_on:
          db:
            condition: service_healty
                       ^^^^^^^^^^^^^^ InvalidEnumValue
        volumes:
          - type: bnd
                  ^^^ InvalidEnumValue
            source: ./a
            target: /a
        develop:
          watch:
            - path: ./src
              action: synk
                      ^^^^ InvalidEnumValue
      db:
        image: postgres
    `,
    `
    services:
      web:
        image: nginx
        network_mode: "servce:db"
                      ^^^^^^^^^^^ InvalidEnumValue
      db:
        image: postgres
    `,
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx
        restart: \${RESTART}
                 ^^^^^^^^^^ InvalidEnumValue
    //- /ws/.env
    RESTART=sometimes
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx
        restart: "no"
        pull_policy: every_12h
        network_mode: service:db
        depends_on:
          db:
            condition: service_healthy
      db:
        image: postgres
        restart: on-failure:3
        network_mode: my_custom_net
        pull_policy: \${POLICY}
      job:
        image: busybox
        restart: \${RESTART:-unless-stopped}
        network_mode: none
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx
          restart: allways
      `,
      after: `
      services:
        web:
          image: nginx
          restart: always
      `,
    },
    {
      before: `
      services:
        web:
          image: nginx
          network_mode: "servce:db"
        db:
          image: postgres
      `,
      after: `
      services:
        web:
          image: nginx
          network_mode: "service:db"
        db:
          image: postgres
      `,
    },
    {
      before: `
      services:
        web:
          image: nginx
          depends_on:
            db:
              condition: service_healty
        db:
          image: postgres
          healthcheck:
            test: ["CMD", "pg_isready"]
      `,
      after: `
      services:
        web:
          image: nginx
          depends_on:
            db:
              condition: service_healthy
        db:
          image: postgres
          healthcheck:
            test: ["CMD", "pg_isready"]
      `,
    },
  ],
});
