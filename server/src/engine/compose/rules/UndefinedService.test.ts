import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UndefinedService', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        depends_on:
          - dbb
            ^^^ UndefinedService
        links:
          - "cache:redis"
             ^^^^^ UndefinedService
        network_mode: "service:vpn"
                               ^^^ UndefinedService
      db:
        image: postgres:16
        depends_on:
          web2:
          ^^^^ UndefinedService
            condition: service_started
      worker:
        extends:
          service: base
                   ^^^^ UndefinedService
    `,
  ],
  quiet: [
    // Defined in the override file, the included file, or used with required: false.
    `
    //- /ws/compose.yaml
    include:
      - other/compose.yaml
    x-deps: &deps
      depends_on: [db, cache]
    services:
      web:
        <<: *deps
        image: nginx:1.27
        volumes_from: [db, "container:legacy"]
        ipc: service:db
        depends_on:
          db:
            condition: service_started
          extra:
            condition: service_started
            required: false
      worker:
        extends:
          file: common.yaml
          service: base
      job:
        extends: web
    //- /ws/compose.override.yaml
    services:
      db:
        image: postgres:16
    //- /ws/other/compose.yaml
    services:
      cache:
        image: redis:7
    //- /ws/common.yaml
    services:
      base:
        image: alpine:3.20
    `,
    `
    services:
      web:
        image: nginx:1.27
        depends_on: ["\${DEP}"]
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
          depends_on: [dbb]
        db:
          image: postgres:16
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          depends_on: [db]
        db:
          image: postgres:16
      `,
    },
  ],
});
