import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidDefaultArgInFrom', {
  fires: [
    `
    ARG TAG
    ARG REPO=MyApp
    FROM alpine:\${TAG}
         ^^^^^^^^^^^^^ InvalidDefaultArgInFrom
    FROM \$REPO:1.0
         ^^^^^^^^^ InvalidDefaultArgInFrom
    FROM \${BASE}
         ^^^^^^^ InvalidDefaultArgInFrom
    `,
  ],
  quiet: [
    `
    ARG TAG=3.20
    ARG REGISTRY=registry.example.com:5000
    ARG VARIANT
    FROM alpine:\${TAG} AS a
    FROM \${REGISTRY}/team/app:1.0\${VARIANT:+-\$VARIANT} AS b
    FROM alpine:\${UNSET:-3.20} AS c
    FROM golang:1.22-\${TARGETOS} AS d
    FROM alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
    `,
  ],
});
