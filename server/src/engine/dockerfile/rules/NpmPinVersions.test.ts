import { ruleCases } from '../../../../../test/harness/check';

ruleCases('NpmPinVersions', {
  fires: [
    `
    FROM node:20
    RUN npm install -g typescript@5.4.5 pnpm @angular/cli
                                        ^^^^ NpmPinVersions
                                             ^^^^^^^^^^^^ NpmPinVersions
    `,
    `
    FROM node:20
    RUN npm i -g npm@latest
                 ^^^^^^^^^^ NpmPinVersions
    `,
  ],
  quiet: [
    `
    FROM node:20
    RUN npm ci && npm install && npm install --omit=dev
    RUN npm install express@4.19.2 @scope/pkg@1.0.0 ./local-pkg ../shared /opt/pkg.tgz
    RUN npm install git+https://github.com/acme/lib.git#v1.2.0
    RUN npm run build && npm uninstall left-pad
    `,
  ],
});
