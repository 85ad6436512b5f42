import { ruleCases } from '../../../../../test/harness/check';

ruleCases('HealthcheckToolMissing', {
  fires: [
    `
    FROM node:22-alpine
    HEALTHCHECK --interval=30s CMD curl -f http://localhost:3000/ || exit 1
                                   ^^^^ HealthcheckToolMissing
    `,
    `
    FROM python:3.12-slim AS base
    FROM base
    HEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost:8000/"]
                     ^^^^^^ HealthcheckToolMissing
    `,
    `
    FROM gcr.io/distroless/static-debian12
    HEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/"]
                     ^^^^^^ HealthcheckToolMissing
    `,
  ],
  quiet: [
    `
    FROM node:22-alpine
    HEALTHCHECK CMD wget -q --spider http://localhost:3000/ || exit 1
    `,
    `
    FROM alpine:3.20
    RUN apk add --no-cache curl
    HEALTHCHECK CMD curl -f http://localhost/ || exit 1
    `,
    `
    FROM debian:bookworm-slim
    RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*
    HEALTHCHECK CMD curl -f http://localhost/ || exit 1
    `,
    `
    FROM node:22
    HEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1
    `,
    `
    FROM nginx:1.27-alpine
    HEALTHCHECK CMD curl -f http://localhost/ || exit 1
    `,
    `
    FROM mycompany/base:1
    HEALTHCHECK CMD curl -f http://localhost/ || exit 1
    `,
    `
    FROM alpine:3.20
    RUN ./install-tools.sh
    HEALTHCHECK CMD curl -f http://localhost/ || exit 1
    `,
    `
    FROM ubuntu:24.04
    RUN /opt/app/scripts/setup/install --production
    HEALTHCHECK CMD ["curl", "-f", "http://localhost/health"]
    `,
    `
    FROM alpine:3.20
    HEALTHCHECK NONE
    `,
  ],
});
