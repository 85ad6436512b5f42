import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ZypperCacheNotCleaned', {
  fires: [
    `
    FROM opensuse/leap:15.6
    RUN zypper -n refresh && zypper -n install curl
        ^^^^^^^^^^^^^^^^^ ZypperCacheNotCleaned
    `,
  ],
  quiet: [
    `
    FROM opensuse/leap:15.6
    RUN zypper -n install curl && zypper clean --all
    RUN zypper -n in git && zypper cc -a
    RUN zypper -n in vim && rm -rf /var/cache/zypp/*
    RUN zypper search curl
    `,
  ],
  fixes: [
    {
      before: `
      FROM opensuse/leap:15.6
      RUN zypper -n install curl
      `,
      after: `
      FROM opensuse/leap:15.6
      RUN zypper -n install curl && \\
          zypper clean --all
      `,
    },
  ],
});
