import { ruleCases } from '../../../../../test/harness/check';

ruleCases('AptListsNotCleaned', {
  fires: [
    `
    FROM debian:12
    RUN apt-get update && apt-get install -y --no-install-recommends curl
        ^^^^^^^^^^^^^^ AptListsNotCleaned
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
    RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl
    RUN apt-get install -y ./local.deb
    RUN echo "apt-get update"
    `,
    `
    FROM debian:12 AS build
    RUN apt-get update && apt-get install -y gcc
    FROM scratch
    COPY --from=build /out /out
    `,
  ],
  fixes: [
    {
      before: `
      FROM debian:12
      RUN apt-get update && \\
        apt-get install -y --no-install-recommends curl
      CMD ["bash"]
      `,
      after: `
      FROM debian:12
      RUN apt-get update && \\
        apt-get install -y --no-install-recommends curl && \\
        rm -rf /var/lib/apt/lists/*
      CMD ["bash"]
      `,
    },
    {
      before: `
      FROM debian:12
      RUN apt-get update && apt-get install -y curl # tools
      `,
      after: `
      FROM debian:12
      RUN apt-get update && apt-get install -y curl && \\
          rm -rf /var/lib/apt/lists/* # tools
      `,
    },
    {
      before: `
      # syntax=docker/dockerfile:1
      FROM debian:12
      RUN <<EOF
      set -e
      apt-get update
      apt-get install -y curl
      EOF
      `,
      after: `
      # syntax=docker/dockerfile:1
      FROM debian:12
      RUN <<EOF
      set -e
      apt-get update
      apt-get install -y curl
      rm -rf /var/lib/apt/lists/*
      EOF
      `,
    },
  ],
});
