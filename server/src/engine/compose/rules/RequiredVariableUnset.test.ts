import { ruleCases } from '../../../../../test/harness/check';

ruleCases('RequiredVariableUnset', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    `
    //- /ws/compose.yaml
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_PASSWORD: \${DB_PASSWORD:?set DB_PASSWORD in .env}
                               ^^^^^^^^^^^ RequiredVariableUnset
          TOKEN: \${TOKEN?}
                   ^^^^^ RequiredVariableUnset
    //- /ws/.env
    OTHER=1
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_PASSWORD: \${DB_PASSWORD:?set it}
          USER: \${DB_USER:-\${FALLBACK:?never read, DB_USER has a default}}
    //- /ws/.env
    DB_PASSWORD=s3cret
    DB_USER=app
    `,
  ],
  fixes: [
    {
      before: `
      //- /ws/compose.yaml
      services:
        db:
          image: postgres:16
          environment:
            POSTGRES_PASSWORD: \${DB_PASSWORD:?required}
      //- /ws/.env
      OTHER=1`,
      after: `
      services:
        db:
          image: postgres:16
          environment:
            POSTGRES_PASSWORD: \${DB_PASSWORD:?required}
      `,
      files: { '/ws/.env': 'OTHER=1\nDB_PASSWORD=\n' },
    },
    {
      before: `
      services:
        db:
          image: postgres:16
          environment:
            POSTGRES_PASSWORD: \${DB_PASSWORD:?required}
      `,
      after: `
      services:
        db:
          image: postgres:16
          environment:
            POSTGRES_PASSWORD: \${DB_PASSWORD:?required}
      `,
      files: { '/ws/.env': 'DB_PASSWORD=\n' },
    },
  ],
});
