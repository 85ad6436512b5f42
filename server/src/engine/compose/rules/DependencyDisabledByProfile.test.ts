import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DependencyDisabledByProfile', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    services:
      web:
        image: nginx:1.27
        depends_on: [mailhog]
                     ^^^^^^^ DependencyDisabledByProfile
      worker:
        image: myworker:1.0
        profiles: [jobs]
        depends_on:
          mailhog:
          ^^^^^^^ DependencyDisabledByProfile
            condition: service_started
      mailhog:
        image: mailhog/mailhog:v1.0.1
        profiles: [dev]
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      web:
        image: nginx:1.27
        profiles: [dev, test]
        depends_on: [mailhog, db]
      worker:
        image: myworker:1.0
        depends_on:
          mailhog:
            condition: service_started
            required: false
      db:
        image: postgres:16
    //- /ws/compose.override.yaml
    services:
      mailhog:
        image: mailhog/mailhog:v1.0.1
        profiles: [dev]
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            - db
            - mailhog
        db:
          image: postgres:16
        mailhog:
          image: mailhog/mailhog:v1.0.1
          profiles: [dev]
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            db:
              condition: service_started
            mailhog:
              condition: service_started
              required: false
        db:
          image: postgres:16
        mailhog:
          image: mailhog/mailhog:v1.0.1
          profiles: [dev]
      `,
    },
    {
      before: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            mailhog:
              condition: service_started
        mailhog:
          image: mailhog/mailhog:v1.0.1
          profiles: [dev]
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            mailhog:
              condition: service_started
              required: false
        mailhog:
          image: mailhog/mailhog:v1.0.1
          profiles: [dev]
      `,
    },
    {
      before: `
      services:
        web:
          image: nginx:1.27
          depends_on: [mailhog]
        mailhog:
          image: mailhog/mailhog:v1.0.1
          profiles: [dev]
      `,
      after: `
      services:
        web:
          image: nginx:1.27
          depends_on: [mailhog]
          profiles: [dev]
        mailhog:
          image: mailhog/mailhog:v1.0.1
          profiles: [dev]
      `,
      index: 1,
    },
  ],
});
