import { ruleCases } from '../../../../../test/harness/check';

ruleCases('AptGetUpdateAlone', {
  fires: [
    `
    FROM debian:12
    RUN apt-get update
        ^^^^^^^^^^^^^^ AptGetUpdateAlone
    RUN apt-get install -y curl
    `,
    `
    FROM debian:12
    RUN apt-get -qq update && apt-get clean
        ^^^^^^^^^^^^^^^^^^ AptGetUpdateAlone
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN apt-get update && apt-get install -y curl
    RUN apt-get update && ./install-deps.sh
    RUN apt update && apt upgrade -y
    RUN echo apt-get update
    `,
  ],
  fixes: [
    {
      before: `
      FROM debian:12
      RUN apt-get update
      ENV DEBIAN_FRONTEND=noninteractive
      RUN apt-get install -y --no-install-recommends curl && \\
          rm -rf /var/lib/apt/lists/*
      `,
      after: `
      FROM debian:12
      ENV DEBIAN_FRONTEND=noninteractive
      RUN apt-get update && \\
          apt-get install -y --no-install-recommends curl && \\
          rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      before: `
      FROM debian:12
      RUN apt-get update
      RUN apt-get update && apt-get install -y curl
      `,
      after: `
      FROM debian:12
      RUN apt-get update && apt-get install -y curl
      `,
    },
  ],
});
