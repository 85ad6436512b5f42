import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UseraddLargeUid', {
  fires: [
    `
    FROM debian:12
    RUN useradd -m -u 1000650000 app
                   ^^^^^^^^^^^^^ UseraddLargeUid
    `,
    `
    FROM debian:12
    RUN groupadd -g 70000 app && useradd --uid=70000 -g app app
                                         ^^^^^^^^^^^ UseraddLargeUid
    `,
  ],
  quiet: [
    `
    FROM debian:12
    RUN useradd -l -u 1000650000 app && useradd --no-log-init --uid 2000000 svc
    RUN useradd -u 10001 small && useradd -r app2 && useradd -u "$APP_UID" app3
    RUN adduser --uid 1000650000 --disabled-password other
    `,
  ],
  fixes: [
    {
      before: `
      FROM debian:12
      RUN useradd -m -u 1000650000 app
      `,
      after: `
      FROM debian:12
      RUN useradd -l -m -u 1000650000 app
      `,
    },
  ],
});
