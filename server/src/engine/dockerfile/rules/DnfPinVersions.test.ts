import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DnfPinVersions', {
  fires: [
    `
    FROM fedora:40
    RUN dnf install -y git-2.45.1 jq && dnf clean all
                                  ^^ DnfPinVersions
    `,
    `
    FROM registry.access.redhat.com/ubi9/ubi-minimal
    RUN microdnf install -y shadow-utils && microdnf clean all
                            ^^^^^^^^^^^^ DnfPinVersions
    `,
    `
    FROM fedora:40
    RUN dnf module install -y postgresql
                              ^^^^^^^^^^ DnfPinVersions
    `,
  ],
  quiet: [
    `
    FROM fedora:40
    RUN dnf install -y git-2.45.1-1.fc40 jq-1.7.1 ./pkg.rpm
    RUN dnf module install -y postgresql:16
    RUN dnf group install -y "Development Tools"
    RUN yum install -y curl
    `,
  ],
});
