import { ruleCases } from '../../../../../test/harness/check';

ruleCases('NoImageOrBuild', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
      ^^^ NoImageOrBuild
        ports: ["8080:80"]
      api:
        image: myapi:1.0
      reset:
      ^^^^^ NoImageOrBuild
        extends: api
        image: !reset null
    `,
  ],
  quiet: [
    // A partial variant (docker-compose.prod.yml) is read over docker-compose.yml.
    `
    //- /ws/docker-compose.prod.yml
    services:
      web:
        restart: always
    //- /ws/docker-compose.yml
    services:
      web:
        image: nginx:1.27
    `,
    `
    //- /ws/compose.yaml
    x-base: &base
      image: alpine:3.20
    services:
      a:
        <<: *base
      b:
        build: ./b
      c:
        extends:
          file: common.yaml
          service: base
      d:
        extends: a
      e:
        ports: ["80:80"]
      f:
        extends:
          file: missing.yaml
          service: x
      g:
        provider:
          type: model
    //- /ws/compose.override.yaml
    services:
      e:
        image: nginx:1.27
    //- /ws/common.yaml
    services:
      base:
        build: .
    `,
  ],
});
