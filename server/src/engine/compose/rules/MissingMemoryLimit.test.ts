import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MissingMemoryLimit', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
      ^^^ MissingMemoryLimit
        image: nginx:1.27
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        mem_limit: 256m
      api:
        image: myapi:1.0
        deploy:
          resources:
            limits:
              memory: 1G
      worker:
        image: myworker:1.0
    //- /ws/compose.override.yaml
    services:
      worker:
        mem_limit: 1g
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          mem_limit: 512m
      `,
    },
    {
      before: `
      services:
        api:
          image: myapi:1.0
          deploy:
            resources:
              limits:
                cpus: "1.5"
      `,
      after: `
      services:
        api:
          image: myapi:1.0
          deploy:
            resources:
              limits:
                cpus: "1.5"
                memory: 512M
      `,
    },
  ],
});
