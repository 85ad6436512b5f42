import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ZypperMissingYes', {
  fires: [
    `
    FROM opensuse/leap:15.6
    RUN zypper refresh && zypper install curl
                          ^^^^^^^^^^^^^^ ZypperMissingYes
    `,
    `
    FROM opensuse/leap:15.6
    RUN zypper rm -n vim
        ^^^^^^^^^ ZypperMissingYes
    `,
  ],
  quiet: [
    `
    FROM opensuse/leap:15.6
    RUN zypper -n install curl && zypper --non-interactive rm vim
    RUN zypper install -y curl && zypper in --no-confirm git
    RUN zypper refresh && zypper search curl && zypper clean --all
    `,
  ],
  fixes: [
    {
      before: `
      FROM opensuse/leap:15.6
      RUN zypper install curl
      `,
      after: `
      FROM opensuse/leap:15.6
      RUN zypper -n install curl
      `,
    },
  ],
});
