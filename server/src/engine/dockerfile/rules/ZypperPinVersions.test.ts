import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ZypperPinVersions', {
  fires: [
    `
    FROM opensuse/leap:15.6
    RUN zypper --non-interactive install curl=8.6.0 git && zypper clean --all
                                                    ^^^ ZypperPinVersions
    `,
  ],
  quiet: [
    `
    FROM opensuse/leap:15.6
    RUN zypper -n in "git>=2.43" curl=8.6.0 ./tool.rpm
    RUN zypper -n install -t pattern devel_basis
    RUN zypper -n refresh && zypper -n update
    `,
  ],
});
