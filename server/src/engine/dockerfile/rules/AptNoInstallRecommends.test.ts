import { ruleCases } from '../../../../../test/harness/check';

ruleCases('AptNoInstallRecommends', {
  fires: [
    `
    FROM debian:12
    RUN apt-get update && apt-get -y install curl
                          ^^^^^^^^^^^^^^^^^^ AptNoInstallRecommends
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN apt-get install -y --no-install-recommends curl
    RUN apt-get install -y -o APT::Install-Recommends=false curl
    RUN apt-get update
    RUN apk add curl
    `,
  ],
  fixes: [
    {
      before: `
      FROM debian:12
      RUN apt-get -qq install curl
      `,
      after: `
      FROM debian:12
      RUN apt-get -qq install --no-install-recommends curl
      `,
    },
  ],
});
