import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ImageLatestTag', {
  fires: [
    `
    FROM node:latest AS build
              ^^^^^^ ImageLatestTag
    FROM gcr.io/distroless/static:latest
                                  ^^^^^^ ImageLatestTag
    `,
    `
    ARG BASE=nginx:latest
    FROM $BASE
         ^^^^^ ImageLatestTag
    `,
  ],
  quiet: [
    `
    FROM node:22-alpine AS build
    FROM build
    FROM scratch
    FROM alpine:latest@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1
    FROM alpine
    FROM $UNSET
    `,
  ],
});
