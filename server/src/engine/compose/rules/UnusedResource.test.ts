import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UnusedResource', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        networks: [front]
        volumes: [static:/srv]
    networks:
      front:
      back:
      ^^^^ UnusedResource
    volumes:
      static:
      orphan:
      ^^^^^^ UnusedResource
        driver: local
    secrets:
      token:
      ^^^^^ UnusedResource
        file: ./token.txt
    `,
  ],
  quiet: [
    // Used in the override file, through an anchor, by an extended service, or the default network.
    `
    //- /ws/compose.yaml
    x-vol: &vol
      volumes: [cache:/cache]
    services:
      web:
        <<: *vol
        image: nginx:1.27
    networks:
      default:
        name: shared
      back:
    volumes:
      cache:
    secrets:
      token:
        file: ./token.txt
    //- /ws/compose.override.yaml
    services:
      web:
        networks: [back]
        secrets: [token]
    `,
    `
    services:
      web:
        image: nginx:1.27
        volumes: ["\${VOLUME_NAME}:/data"]
    volumes:
      data:
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
      volumes:
        # kept for later
        orphan:
          driver: local
        used: {}
      `,
      after: `
      services:
        web:
          image: nginx:1.27
      volumes:
        # kept for later
        used: {}
      `,
    },
  ],
});
