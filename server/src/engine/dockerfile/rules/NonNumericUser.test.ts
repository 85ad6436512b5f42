import { ruleCases } from '../../../../../test/harness/check';

ruleCases('NonNumericUser', {
  fires: [
    `
    FROM debian:12
    RUN useradd -r -u 10001 app
    USER app:app
         ^^^ NonNumericUser
    `,
    `
    FROM node:20
    USER root
    RUN npm ci
    USER node
         ^^^^ NonNumericUser
    `,
  ],
  quiet: [
    `
    FROM debian:12 AS build
    USER builder
    FROM debian:12
    USER 10001:10001
    `,
    `
    FROM debian:12
    USER \${APP_USER}
    `,
    `
    FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
    USER ContainerUser
    `,
  ],
  fixes: [
    {
      before: `
      FROM alpine:3.20
      RUN adduser -D -u 10001 app
      USER app
      `,
      after: `
      FROM alpine:3.20
      RUN adduser -D -u 10001 app
      USER 10001
      `,
    },
  ],
});
