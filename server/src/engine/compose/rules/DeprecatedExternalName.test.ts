import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DeprecatedExternalName', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx
        networks: [proxy]
    networks:
      proxy:
        external:
          name: traefik_proxy
          ^^^^ DeprecatedExternalName
    volumes:
      data:
        external: {name: "shared-data"}
                   ^^^^ DeprecatedExternalName
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx
        networks: [proxy]
    networks:
      proxy:
        name: traefik_proxy
        external: true
    volumes:
      data:
        external: true
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx
          networks: [proxy]
      networks:
        proxy:
          external:
            name: traefik_proxy
          labels:
            a: b
      `,
      after: `
      services:
        web:
          image: nginx
          networks: [proxy]
      networks:
        proxy:
          external: true
          name: traefik_proxy
          labels:
            a: b
      `,
    },
    {
      before: `
      volumes:
        data:
          external: {name: "shared-data"}
      `,
      after: `
      volumes:
        data:
          external: true
          name: "shared-data"
      `,
    },
  ],
});
