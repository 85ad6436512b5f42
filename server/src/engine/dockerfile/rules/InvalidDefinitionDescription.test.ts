import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidDefinitionDescription', {
  fires: [
    `
    # the version we build
    ^^^^^^^^^^^^^^^^^^^^^^ InvalidDefinitionDescription
    ARG VERSION=1
    # compile everything
    ^^^^^^^^^^^^^^^^^^^^ InvalidDefinitionDescription
    FROM golang:1.22 AS build
    `,
  ],
  quiet: [
    `
    # VERSION is the version we build
    ARG VERSION=1
    # a note that is not a description

    # build compiles the binaries
    FROM golang:1.22 AS build
    # no name, no description
    FROM alpine:3.20
    # hadolint ignore=DL3018
    ARG PKG=curl
    `,
  ],
  fixes: [
    {
      before: '# compile everything\nFROM golang:1.22 AS build\n',
      after: '# compile everything\n\nFROM golang:1.22 AS build\n',
    },
  ],
});
