import { ruleCases } from '../../../../../test/harness/check';

ruleCases('Yaml11Boolean', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
        privileged: yes
                    ^^^ Yaml11Boolean
        tty: "off"
             ^^^^^ Yaml11Boolean
        depends_on:
          db:
            condition: service_started
            required: No
                      ^^ Yaml11Boolean
      db:
        image: postgres
    networks:
      outside:
        external: on
                  ^^ Yaml11Boolean
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx
        privileged: true
        read_only: false
        environment:
          FEATURE: "yes"
          OTHER: off
        labels:
          enabled: yes
        command: ["--verbose", "on"]
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx
          init: yes
      `,
      after: `
      services:
        web:
          image: nginx
          init: true
      `,
    },
    {
      before: `
      services:
        web:
          image: nginx
          tty: "off"
      `,
      after: `
      services:
        web:
          image: nginx
          tty: false
      `,
    },
  ],
});
