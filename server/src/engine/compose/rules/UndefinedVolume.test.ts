import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UndefinedVolume', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      db:
        image: postgres:16
        volumes:
          - pgdata:/var/lib/postgresql/data
            ^^^^^^ UndefinedVolume
          - type: volume
            source: "logs"
                     ^^^^ UndefinedVolume
            target: /logs
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      db:
        image: postgres:16
        volumes:
          - pgdata:/var/lib/postgresql/data:rw
          - ./init:/docker-entrypoint-initdb.d:ro
          - /srv/backups:/backups
          - ~/cache:/cache
          - /anonymous
          - \${DATA_DIR}:/data
          - \${VOL:-shared}:/shared
          - C:\\data:/win
          - type: bind
            source: ./conf
            target: /conf
          - type: tmpfs
            target: /tmp
    volumes:
      pgdata:
    //- /ws/compose.override.yaml
    volumes:
      shared:
    `,
  ],
  fixes: [
    {
      before: `
      services:
        db:
          image: postgres:16
          volumes:
            - pgdata:/var/lib/postgresql/data
      volumes:
      `,
      after: `
      services:
        db:
          image: postgres:16
          volumes:
            - pgdata:/var/lib/postgresql/data
      volumes:
        pgdata:
      `,
    },
  ],
});
