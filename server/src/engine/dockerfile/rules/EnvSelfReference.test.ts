import { ruleCases } from '../../../../../test/harness/check';

ruleCases('EnvSelfReference', {
  fires: [
    `
    FROM alpine:3.20
    ENV APP=/opt/app BIN=\$APP/bin CONF=\${APP}/etc
                         ^^^^ EnvSelfReference
                                       ^^^^^^ EnvSelfReference
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    ENV PATH=/opt/bin:\$PATH
    ENV APP=/opt/app
    ENV BIN=\$APP/bin
    ARG HOME_DIR=/home
    ENV HOME_DIR=/srv OTHER=\$HOME_DIR
    ENV A=1 B='\$A' C=\\\$A D=\$AB
    `,
  ],
});
