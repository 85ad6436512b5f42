import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DuplicateStageName', {
  fires: [
    `
    FROM golang:1.22 AS build
    FROM node:20 AS build
                    ^^^^^ DuplicateStageName
    FROM alpine:3.20 AS BUILD
                        ^^^^^ DuplicateStageName
    `,
  ],
  quiet: [
    `
    FROM golang:1.22 AS build
    FROM node:20 AS web
    FROM build AS test
    `,
  ],
});
