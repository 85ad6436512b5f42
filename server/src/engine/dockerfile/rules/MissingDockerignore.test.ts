import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MissingDockerignore', {
  fires: [
    `
    //- /ws/Dockerfile
    FROM node:20
    WORKDIR /app
    COPY . .
         ^ MissingDockerignore
    RUN npm ci
    //- /ws/package.json
    {}
    `,
  ],
  quiet: [
    // A .dockerignore exists.
    `
    //- /ws/Dockerfile
    FROM node:20
    COPY . .
    //- /ws/.dockerignore
    node_modules
    `,
    // The Dockerfile-specific ignore file counts too.
    `
    //- /ws/app.Dockerfile
    FROM node:20
    COPY . .
    //- /ws/app.Dockerfile.dockerignore
    node_modules
    `,
    // Only named files are copied.
    `
    //- /ws/Dockerfile
    FROM node:20
    COPY package.json ./
    COPY --from=build . /app
    //- /ws/package.json
    {}
    `,
  ],
  fixes: [
    {
      before: `
      //- /ws/Dockerfile
      FROM node:20
      COPY . .
      //- /ws/package.json
      {}
      `,
      after: `
      FROM node:20
      COPY . .
      `,
      files: {
        '/ws/.dockerignore': `
        # Version control
        .git
        .gitignore
        .gitattributes

        # Secrets and local settings
        .env
        .env.*
        !.env.example
        *.pem
        *.key
        id_rsa*
        id_ed25519*

        # Editors and OS files
        .vscode/
        .idea/
        *.swp
        .DS_Store
        Thumbs.db

        # Node dependencies and build output
        node_modules/
        npm-debug.log*
        yarn-error.log*
        .npm/
        coverage/
        dist/
        build/
        .next/

        # Logs and temporary files
        *.log
        tmp/
        `,
      },
    },
    {
      // Patterns that would hide what the Dockerfile copies by name are left out (target/ here),
      // and .git stays when a RUN reads the history.
      before: `
      //- /ws/Dockerfile
      FROM maven:3-eclipse-temurin-21
      COPY . /src
      RUN git rev-parse HEAD > /src/REVISION
      COPY target/app.jar /app.jar
      //- /ws/pom.xml
      <project/>
      `,
      after: `
      FROM maven:3-eclipse-temurin-21
      COPY . /src
      RUN git rev-parse HEAD > /src/REVISION
      COPY target/app.jar /app.jar
      `,
      files: {
        '/ws/.dockerignore': `
        # Version control
        .gitignore
        .gitattributes

        # Secrets and local settings
        .env
        .env.*
        !.env.example
        *.pem
        *.key
        id_rsa*
        id_ed25519*

        # Editors and OS files
        .vscode/
        .idea/
        *.swp
        .DS_Store
        Thumbs.db

        # Java build output
        build/
        .gradle/
        *.class

        # Logs and temporary files
        *.log
        tmp/
        `,
      },
    },
  ],
});
