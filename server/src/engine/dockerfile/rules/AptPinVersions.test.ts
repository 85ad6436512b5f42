import { ruleCases } from '../../../../../test/harness/check';

ruleCases('AptPinVersions', {
  fires: [
    `
    FROM debian:12
    RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates=20230311 \\
                                                                     ^^^^ AptPinVersions
        git && rm -rf /var/lib/apt/lists/*
        ^^^ AptPinVersions
    `,
    `
    FROM ubuntu:24.04
    RUN apt-get -t bookworm-backports install -y "tzdata"
                                                 ^^^^^^^^ AptPinVersions
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN apt-get install -y curl=7.88.1-10+deb12u5 git=1:2.39.2-1.1
    RUN apt-get install -y ./vendor/tool_1.0_amd64.deb
    RUN apt-get install -y nginx/bookworm-backports
    RUN apt-get install -y $PACKAGES "\${EXTRA}"
    RUN apt-get update && apt-get upgrade -y
    RUN echo "apt-get install curl"
    `,
  ],
});
