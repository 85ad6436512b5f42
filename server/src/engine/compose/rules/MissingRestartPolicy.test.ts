import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MissingRestartPolicy', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
      ^^^ MissingRestartPolicy
        image: nginx:1.27
        depends_on:
          migrate:
            condition: service_completed_successfully
      migrate:
        image: myapp:1.0
        command: migrate
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        restart: always
      swarm:
        image: nginx:1.27
        deploy:
          restart_policy:
            condition: on-failure
      tool:
        image: adminer:4
        profiles: [debug]
      api:
        image: myapi:1.0
    //- /ws/compose.override.yaml
    services:
      api:
        restart: unless-stopped
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
          ports: ["80:80"] # public
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          ports: ["80:80"] # public
          restart: unless-stopped
      `,
    },
  ],
});
