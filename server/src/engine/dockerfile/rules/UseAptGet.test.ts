import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UseAptGet', {
  fires: [
    `
    FROM ubuntu:24.04
    RUN apt update && apt install -y curl
        ^^^ UseAptGet
                      ^^^ UseAptGet
    `,
    `
    FROM ubuntu:24.04
    RUN apt list --installed
        ^^^ UseAptGet
    `,
  ],
  quiet: [
    `
    FROM ubuntu:24.04
    RUN apt-get update && apt-get install -y curl
    RUN echo apt install && cat /etc/apt/sources.list
    RUN aptitude --version
    `,
  ],
  fixes: [
    {
      before: `
      FROM ubuntu:24.04
      RUN apt install -y curl
      `,
      after: `
      FROM ubuntu:24.04
      RUN apt-get install -y curl
      `,
    },
    {
      before: `
      FROM ubuntu:24.04
      RUN apt full-upgrade -y
      `,
      after: `
      FROM ubuntu:24.04
      RUN apt-get dist-upgrade -y
      `,
    },
  ],
});
