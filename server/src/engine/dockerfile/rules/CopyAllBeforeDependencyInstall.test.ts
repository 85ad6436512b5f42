import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CopyAllBeforeDependencyInstall', {
  fires: [
    `
    FROM node:20
    WORKDIR /app
    COPY . .
    RUN npm ci --omit=dev && npm run build
        ^^^^^^ CopyAllBeforeDependencyInstall
    `,
    `
    FROM python:3.12
    COPY . /app
    RUN pip3 install --user -r /app/requirements.txt
        ^^^^^^^^^^^^ CopyAllBeforeDependencyInstall
    RUN env CGO_ENABLED=0 go mod download
                          ^^^^^^ CopyAllBeforeDependencyInstall
    `,
  ],
  quiet: [
    // With cache mounts a source change recompiles only what changed.
    `
    FROM rust:1.82
    WORKDIR /src
    COPY . .
    RUN --mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/src/target cargo build --release
    `,
    // The notes' order: manifests, install, then the sources.
    `
    FROM golang:1.24 AS build
    WORKDIR /app
    COPY go.mod go.sum ./
    RUN go mod download
    COPY . .
    RUN CGO_ENABLED=0 go build -o /app/bin/app ./cmd/app
    `,
    `
    FROM node:20
    COPY . .
    RUN npm run build && npm install -g serve
    RUN echo "npm ci"
    COPY --from=deps /app/node_modules ./node_modules
    `,
  ],
  fixes: [
    {
      before: `
      //- /ws/Dockerfile
      FROM node:20
      WORKDIR /app
      COPY --chown=node:node . .
      # install dependencies
      RUN --mount=type=cache,target=/root/.npm npm ci
      CMD ["node", "index.js"]
      //- /ws/package.json
      {}
      //- /ws/package-lock.json
      {}
      //- /ws/.npmrc
      x
      `,
      after: `
      FROM node:20
      WORKDIR /app
      COPY --chown=node:node package.json package-lock.json .npmrc ./
      # install dependencies
      RUN --mount=type=cache,target=/root/.npm npm ci
      COPY --chown=node:node . .
      CMD ["node", "index.js"]
      `,
    },
    {
      before: `
      //- /ws/Dockerfile
      FROM node:20
      WORKDIR /app
      COPY . .
      RUN npm ci --omit=dev && \\
          npm run build
      //- /ws/package.json
      {}
      //- /ws/package-lock.json
      {}
      `,
      after: `
      FROM node:20
      WORKDIR /app
      COPY package.json package-lock.json ./
      RUN npm ci --omit=dev
      COPY . .
      RUN npm run build
      `,
    },
    {
      before: `
      //- /ws/Dockerfile
      FROM python:3.12-slim
      WORKDIR /srv
      COPY . .
      EXPOSE 8000
      RUN pip install --no-cache-dir -r requirements/prod.txt
      //- /ws/requirements/prod.txt
      flask
      `,
      after: `
      FROM python:3.12-slim
      WORKDIR /srv
      COPY requirements/prod.txt ./requirements/
      RUN pip install --no-cache-dir -r requirements/prod.txt
      COPY . .
      EXPOSE 8000
      `,
    },
    {
      before: `
      //- /ws/Dockerfile
      FROM gradle:8-jdk21 AS build
      WORKDIR /home/gradle/src
      COPY . .
      RUN ./gradlew dependencies --no-daemon
      RUN ./gradlew bootJar --no-daemon
      //- /ws/build.gradle.kts
      x
      //- /ws/settings.gradle.kts
      x
      //- /ws/gradlew
      x
      //- /ws/gradle/wrapper/gradle-wrapper.properties
      x
      `,
      after: `
      FROM gradle:8-jdk21 AS build
      WORKDIR /home/gradle/src
      COPY build.gradle.kts settings.gradle.kts gradlew ./
      COPY gradle/ ./gradle/
      RUN ./gradlew dependencies --no-daemon
      COPY . .
      RUN ./gradlew bootJar --no-daemon
      `,
    },
  ],
});
