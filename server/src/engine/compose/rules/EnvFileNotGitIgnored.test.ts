import { ruleCases } from '../../../../../test/harness/check';

ruleCases('EnvFileNotGitIgnored', {
  options: { path: '/ws/compose.yaml' },
  fires: [
    // Outside any repository, a .gitignore above the project (a home folder's) does not count.
    `
    //- /ws/app/compose.yaml
    services:
      db:
        image: postgres:\${PG_VERSION}
                          ^^^^^^^^^^ EnvFileNotGitIgnored
    //- /ws/app/.env
    PG_VERSION=16
    //- /ws/.gitignore
    .env
    `,
    `
    //- /ws/compose.yaml
    services:
      db:
        image: postgres:\${PG_VERSION}
                          ^^^^^^^^^^ EnvFileNotGitIgnored
        env_file: ./config/db.env
                  ^^^^^^^^^^^^^^^ EnvFileNotGitIgnored
    //- /ws/.env
    PG_VERSION=16
    //- /ws/config/db.env
    POSTGRES_PASSWORD=s3cret
    //- /ws/.gitignore
    node_modules/
    `,
  ],
  quiet: [
    `
    //- /ws/compose.yaml
    services:
      db:
        image: postgres:\${PG_VERSION}
        env_file: [./config/db.env, ./config/empty.env, .env.example]
    //- /ws/.env
    PG_VERSION=16
    //- /ws/config/db.env
    POSTGRES_PASSWORD=s3cret
    //- /ws/config/empty.env
    POSTGRES_PASSWORD=
    //- /ws/.env.example
    PG_VERSION=16
    //- /ws/.gitignore
    .env
    config/
    !.env.example
    `,
    `
    //- /ws/app/compose.yaml
    services:
      db:
        image: postgres:\${PG_VERSION}
    //- /ws/app/.env
    PG_VERSION=16
    //- /ws/.gitignore
    **/.env
    //- /ws/.git/HEAD
    ref: refs/heads/main
    `,
  ],
  fixes: [
    {
      before: `
      //- /ws/compose.yaml
      services:
        db:
          image: postgres:\${PG_VERSION}
      //- /ws/.env
      PG_VERSION=16
      //- /ws/.gitignore
      node_modules/`,
      after: `
      services:
        db:
          image: postgres:\${PG_VERSION}
      `,
      files: { '/ws/.gitignore': 'node_modules/\n.env\n' },
    },
    {
      before: `
      //- /ws/compose.yaml
      services:
        db:
          image: postgres:16
          env_file: config/db.env
      //- /ws/config/db.env
      POSTGRES_PASSWORD=s3cret
      `,
      after: `
      services:
        db:
          image: postgres:16
          env_file: config/db.env
      `,
      files: { '/ws/.gitignore': '/config/db.env\n' },
    },
  ],
});
