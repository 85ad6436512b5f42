import { ruleCases } from '../../../../../test/harness/check';

ruleCases('JSONArgsRecommended', {
  fires: [
    `
    FROM node:20
    CMD node server.js
        ^^^^^^^^^^^^^^ JSONArgsRecommended
    ENTRYPOINT ./start.sh "$PORT"
               ^^^^^^^^^^^^^^^^^^ JSONArgsRecommended
    `,
  ],
  quiet: [
    `
    FROM node:20
    CMD ["node", "server.js"]
    ENTRYPOINT ["/bin/sh", \\
      "-c", "exec node server.js"]
    `,
    `
    FROM alpine:3.20 AS base
    SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
    FROM base
    CMD echo "hello" | tee /tmp/x
    `,
  ],
  fixes: [
    { before: 'FROM node:20\nCMD node server.js --port 80\n', after: 'FROM node:20\nCMD ["node", "server.js", "--port", "80"]\n' },
    { before: "FROM node:20\nCMD echo 'a \"b\"' \"c d\"\n", after: 'FROM node:20\nCMD ["echo", "a \\"b\\"", "c d"]\n' },
    {
      before: 'FROM alpine:3.20\nCMD echo "$HOME" | tee /tmp/out\n',
      after: 'FROM alpine:3.20\nCMD ["/bin/sh", "-c", "echo \\"$HOME\\" | tee /tmp/out"]\n',
    },
  ],
});
