import { ruleCases } from '../../../../../test/harness/check';

ruleCases('YarnCacheNotCleaned', {
  fires: [
    `
    FROM node:20
    WORKDIR /app
    RUN yarn install --frozen-lockfile && yarn build
        ^^^^^^^^^^^^ YarnCacheNotCleaned
    `,
    `
    FROM node:20
    RUN yarn global add serve
        ^^^^^^^^^^^ YarnCacheNotCleaned
    `,
  ],
  quiet: [
    `
    FROM node:20
    WORKDIR /app
    RUN yarn install --frozen-lockfile && yarn cache clean
    RUN yarn --version && yarn build && yarn test
    RUN yarn && rm -rf /usr/local/share/.cache/yarn
    RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
    RUN yarn install --cache-folder /tmp/yc && rm -rf /tmp/yc
    `,
    `
    FROM node:20 AS build
    RUN yarn install && yarn build
    FROM nginx:1.27
    COPY --from=build /app/dist /usr/share/nginx/html
    `,
  ],
  fixes: [
    {
      before: `
      FROM node:20
      WORKDIR /app
      RUN yarn install --production
      `,
      after: `
      FROM node:20
      WORKDIR /app
      RUN yarn install --production && \\
          yarn cache clean
      `,
    },
  ],
});
