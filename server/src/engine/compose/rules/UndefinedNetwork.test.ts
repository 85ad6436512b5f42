import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UndefinedNetwork', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        networks:
          - front
          - back
            ^^^^ UndefinedNetwork
      api:
        image: nginx:1.27
        networks:
          bakc:
          ^^^^ UndefinedNetwork
            aliases: [api]
    networks:
      front:
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        networks: [default, front, shared, "\${NET:-front}"]
      api:
        image: nginx:1.27
        networks:
          front:
            aliases: [api]
    networks:
      front:
    //- /ws/compose.override.yaml
    networks:
      shared:
        external: true
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
          networks: [back]
      networks:
        front: # the public side
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          networks: [back]
      networks:
        front: # the public side
        back:
      `,
    },
    {
      // No networks section yet: it is created at the end, with the file's 4-space indentation.
      before: `
      services:
          web:
              image: nginx:1.27
              networks: [back]
      `,
      after: `
      services:
          web:
              image: nginx:1.27
              networks: [back]

      networks:
          back:
      `,
    },
    {
      before: `
      services:
        web:
          image: nginx:1.27
          networks: [back]
      networks: {front: {}}
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          networks: [back]
      networks: {front: {}, back: {}}
      `,
    },
  ],
});
