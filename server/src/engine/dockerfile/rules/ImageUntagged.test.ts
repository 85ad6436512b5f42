import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ImageUntagged', {
  fires: [
    `
    FROM golang AS build
         ^^^^^^ ImageUntagged
    FROM docker.io/library/alpine
         ^^^^^^^^^^^^^^^^^^^^^^^^ ImageUntagged
    `,
    `
    ARG BASE=ubuntu
    FROM \${BASE}
         ^^^^^^^ ImageUntagged
    `,
  ],
  quiet: [
    `
    FROM golang:1.22 AS build
    FROM build AS test
    FROM scratch
    FROM alpine@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1
    FROM localhost:5000/app:1.0
    FROM node:latest
    FROM base
    ARG GO_VERSION=1.22
    FROM golang:\${GO_VERSION}
    `,
  ],
});
