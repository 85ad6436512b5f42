import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PreferCacheMount', {
  fires: [
    `
    FROM node:20
    RUN npm ci
        ^^^^^^ PreferCacheMount
    `,
    `
    FROM golang:1.24
    RUN go mod download
        ^^^^^^ PreferCacheMount
    `,
  ],
  quiet: [
    // The command moves the cache to where the mount is.
    `
    FROM node:22-alpine
    RUN --mount=type=cache,target=/pnpm/store corepack enable && pnpm install --frozen-lockfile --store-dir /pnpm/store
    `,
    `
    FROM gradle:8-jdk21
    RUN --mount=type=cache,target=/home/gradle/.gradle gradle --no-daemon -g /home/gradle/.gradle build
    `,
    `
    FROM python:3.12-slim
    RUN --mount=type=cache,target=/cache PIP_CACHE_DIR=/cache pip install -r requirements.txt
    `,
    `
    FROM node:20
    RUN --mount=type=cache,target=/root/.npm npm ci
    RUN npm ci && npm cache clean --force
    RUN echo "npm ci"
    RUN npm run build
    `,
    `
    FROM debian:12
    RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
    RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get install -y git
    `,
  ],
  fixes: [
    {
      before: `
      FROM python:3.12
      RUN pip install -r requirements.txt
      `,
      after: `
      FROM python:3.12
      RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
      `,
    },
    {
      before: `
      FROM debian:12
      RUN apt-get update && apt-get install -y curl
      `,
      after: `
      FROM debian:12
      RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl
      `,
    },
    {
      // Later steps that need the downloaded modules get the same mount.
      before: `
      FROM golang:1.24 AS build
      COPY go.mod go.sum ./
      RUN go mod download
      COPY . .
      RUN CGO_ENABLED=0 go build -o /app .
      `,
      after: `
      FROM golang:1.24 AS build
      COPY go.mod go.sum ./
      RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go mod download
      COPY . .
      RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /app .
      `,
    },
  ],
});
