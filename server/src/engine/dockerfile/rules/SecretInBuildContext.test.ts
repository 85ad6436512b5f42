import { ruleCases } from '../../../../../test/harness/check';

ruleCases('SecretInBuildContext', {
  fires: [
    `
    //- /ws/Dockerfile
    FROM python:3.12
    COPY . /app
         ^ SecretInBuildContext
    //- /ws/.dockerignore
    __pycache__
    //- /ws/.env
    SECRET=1
    //- /ws/certs/server.key
    key
    `,
  ],
  quiet: [
    // Excluded already (a folder pattern and a glob).
    `
    //- /ws/Dockerfile
    FROM python:3.12
    COPY . /app
    //- /ws/.dockerignore
    .env
    **/*.key
    //- /ws/.env
    SECRET=1
    //- /ws/certs/server.key
    key
    `,
    // Templates are meant to be shared; only named files are copied here.
    `
    //- /ws/Dockerfile
    FROM python:3.12
    COPY . /app
    COPY certs/server.key /etc/ssl/private/
    //- /ws/.dockerignore
    *.pyc
    //- /ws/.env.example
    SECRET=
    //- /ws/certs/server.key
    key
    `,
    // No whole-context COPY.
    `
    //- /ws/Dockerfile
    FROM python:3.12
    COPY app.py /app/
    //- /ws/.env
    SECRET=1
    `,
  ],
  fixes: [
    {
      before: `
      //- /ws/Dockerfile
      FROM python:3.12
      COPY . /app
      //- /ws/.dockerignore
      __pycache__
      //- /ws/.env
      SECRET=1
      //- /ws/certs/server.key
      key
      //- /ws/.git/HEAD
      ref: refs/heads/main
      `,
      after: `
      FROM python:3.12
      COPY . /app
      `,
      files: {
        '/ws/.dockerignore': `
        __pycache__

        # Kept out of the image: secrets and history
        .env
        .git
        **/*.key
        `,
      },
    },
  ],
});
