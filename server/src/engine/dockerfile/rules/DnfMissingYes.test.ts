import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DnfMissingYes', {
  fires: [
    `
    FROM fedora:40
    RUN dnf --nodocs install git && dnf clean all
        ^^^^^^^^^^^^^^^^^^^^ DnfMissingYes
    `,
    `
    FROM fedora:40
    RUN dnf module enable nodejs:20
        ^^^^^^^^^^^^^^^^^ DnfMissingYes
    `,
  ],
  quiet: [
    `
    FROM fedora:40
    RUN dnf install -y git && dnf -y upgrade && dnf remove --assumeyes vim
    RUN dnf clean all && dnf makecache && dnf repolist
    `,
    // microdnf does not wait for an answer in a build (docker-library images install with it without -y).
    `
    FROM registry.access.redhat.com/ubi9/ubi-minimal
    RUN microdnf install tar gzip && microdnf clean all
    `,
  ],
  fixes: [
    {
      before: `
      FROM fedora:40
      RUN dnf install git
      `,
      after: `
      FROM fedora:40
      RUN dnf install -y git
      `,
    },
  ],
});
