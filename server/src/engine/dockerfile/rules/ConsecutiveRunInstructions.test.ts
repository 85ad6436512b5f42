import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ConsecutiveRunInstructions', {
  fires: [
    `
    FROM debian:12
    RUN apt-get update
    RUN apt-get install -y curl
    ^^^ ConsecutiveRunInstructions
    # a comment between
    RUN apt-get clean
    ^^^ ConsecutiveRunInstructions
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN apt-get update && apt-get install -y curl
    COPY . .
    RUN make
    RUN --mount=type=cache,target=/root/.cache make test
    FROM debian:12
    RUN echo other stage
    `,
  ],
  fixes: [
    {
      before: `
      FROM debian:12
      RUN apt-get update
      # then install
      RUN apt-get install -y curl
      `,
      after: `
      FROM debian:12
      RUN apt-get update && \\
      # then install
          apt-get install -y curl
      `,
    },
    {
      before: `
      FROM debian:12
      RUN apt-get update && \\
        apt-get install -y curl

      RUN rm -rf /var/lib/apt/lists/*
      `,
      after: `
      FROM debian:12
      RUN apt-get update && \\
        apt-get install -y curl && \\
        rm -rf /var/lib/apt/lists/*
      `,
    },
    {
      before: `
      # escape=\`
      FROM alpine:3.20
      RUN echo one
      RUN echo two
      `,
      after: `
      # escape=\`
      FROM alpine:3.20
      RUN echo one && \`
          echo two
      `,
    },
  ],
});
