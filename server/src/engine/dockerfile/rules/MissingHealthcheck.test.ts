import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MissingHealthcheck', {
  fires: [
    `
    FROM node:22-alpine
    EXPOSE 3000
           ^^^^ MissingHealthcheck
    CMD ["node", "server.js"]
    `,
  ],
  quiet: [
    `
    FROM node:22-alpine
    EXPOSE 3000
    HEALTHCHECK CMD wget -q --spider http://localhost:3000/ || exit 1
    `,
    `
    FROM node:22-alpine AS base
    HEALTHCHECK NONE
    FROM base
    EXPOSE 3000
    `,
    // Only the final stage is the image.
    `
    FROM node:22 AS dev
    EXPOSE 3000
    FROM node:22-alpine
    CMD ["node", "server.js"]
    `,
    `
    FROM node:22-alpine
    CMD ["node", "server.js"]
    `,
  ],
  fixes: [
    {
      before: `
      FROM node:22-alpine
      EXPOSE 3000
      CMD ["node", "server.js"]
      `,
      after: `
      FROM node:22-alpine
      EXPOSE 3000
      HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD wget -q --spider http://localhost:3000/ || exit 1
      CMD ["node", "server.js"]
      `,
    },
    {
      before: `
      FROM python:3.12-slim
      RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
      EXPOSE 8000/tcp
      `,
      after: `
      FROM python:3.12-slim
      RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
      EXPOSE 8000/tcp
      HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD curl -fsS http://localhost:8000/ || exit 1
      `,
    },
    {
      before: 'FROM nginx:1.27\r\nEXPOSE 80\r\n\tCMD ["nginx", "-g", "daemon off;"]',
      after: 'FROM nginx:1.27\r\nEXPOSE 80\r\n\tHEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD curl -fsS http://localhost:80/ || exit 1\r\n\tCMD ["nginx", "-g", "daemon off;"]',
    },
  ],
});
