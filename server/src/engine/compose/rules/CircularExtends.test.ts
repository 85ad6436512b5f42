import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CircularExtends', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      a:
        extends: b
                 ^ CircularExtends
      b:
        extends:
          service: a
                   ^ CircularExtends
    `,
    `
    //- /ws/compose.yaml
    services:
      web:
        extends:
          file: common.yaml
          service: base
                   ^^^^ CircularExtends
    //- /ws/common.yaml
    services:
      base:
        extends:
          file: compose.yaml
          service: web
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      web:
        extends:
          file: common.yaml
          service: web
      api:
        extends: web
    //- /ws/common.yaml
    services:
      web:
        image: nginx:1.27
    `,
  ],
});
