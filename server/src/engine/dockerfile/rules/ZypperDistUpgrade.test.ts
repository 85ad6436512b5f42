import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ZypperDistUpgrade', {
  fires: [
    `
    FROM opensuse/leap:15.6
    RUN zypper -n refresh && zypper -n dup && zypper -n dist-upgrade --no-recommends
                             ^^^^^^^^^^^^^ ZypperDistUpgrade
                                              ^^^^^^^^^^^^^^^^^^^^^^ ZypperDistUpgrade
    `,
  ],
  quiet: [
    `
    FROM opensuse/leap:15.6
    RUN zypper -n update && zypper -n patch && echo "zypper dup"
    `,
  ],
});
