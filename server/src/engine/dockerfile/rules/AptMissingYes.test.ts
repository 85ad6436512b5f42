import { ruleCases } from '../../../../../test/harness/check';

ruleCases('AptMissingYes', {
  fires: [
    `
    FROM debian:12
    RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
                          ^^^^^^^^^^^^^^^ AptMissingYes
    `,
    `
    FROM debian:12
    RUN apt-get -q install curl
        ^^^^^^^^^^^^^^^^^^ AptMissingYes
    `,
    `
    FROM debian:12
    RUN sudo apt install curl
             ^^^^^^^^^^^ AptMissingYes
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN apt-get install -y curl
    RUN apt-get -qq install curl
    RUN apt-get install --yes curl && apt-get install --assume-yes wget
    RUN apt-get install -qy curl
    RUN yes | apt-get install curl
    RUN if apt-get install -s curl > /dev/null; then echo ok; fi
    RUN echo "apt-get install curl" # apt-get install curl
    RUN apt-get update
    `,
  ],
  fixes: [
    {
      before: `
      FROM debian:12
      RUN apt-get update && \\
          apt-get install --no-install-recommends curl
      `,
      after: `
      FROM debian:12
      RUN apt-get update && \\
          apt-get install -y --no-install-recommends curl
      `,
    },
  ],
});
