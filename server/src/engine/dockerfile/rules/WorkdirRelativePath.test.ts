import { ruleCases } from '../../../../../test/harness/check';

ruleCases('WorkdirRelativePath', {
  fires: [
    `
    FROM nginx:1.27 AS web
    WORKDIR usr/share/nginx/html
            ^^^^^^^^^^^^^^^^^^^^ WorkdirRelativePath
    WORKDIR more
    FROM alpine:3.20
    ARG DIR=app
    WORKDIR \$DIR
            ^^^^ WorkdirRelativePath
    `,
  ],
  quiet: [
    `
    FROM nginx:1.27 AS web
    WORKDIR /usr/share/nginx
    WORKDIR html
    FROM web
    WORKDIR sub
    FROM alpine:3.20
    ARG HOME_DIR=/srv
    WORKDIR \${HOME_DIR}/app
    FROM alpine:3.20
    ARG UNKNOWN
    WORKDIR \$UNKNOWN
    FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
    WORKDIR C:\\\\app
    `,
  ],
});
