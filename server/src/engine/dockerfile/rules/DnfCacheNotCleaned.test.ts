import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DnfCacheNotCleaned', {
  fires: [
    `
    FROM fedora:40
    RUN dnf install -y git
        ^^^^^^^^^^^ DnfCacheNotCleaned
    `,
    `
    FROM registry.access.redhat.com/ubi9/ubi-minimal
    RUN microdnf install -y tar
        ^^^^^^^^^^^^^^^^ DnfCacheNotCleaned
    `,
  ],
  quiet: [
    `
    FROM fedora:40
    RUN dnf install -y git && dnf clean all
    RUN dnf install -y jq && yum clean all
    RUN dnf install -y vim && rm -rf /var/cache/dnf/*
    RUN --mount=type=cache,target=/var/cache/dnf dnf install -y make
    RUN dnf repolist
    `,
  ],
  fixes: [
    {
      before: `
      FROM registry.access.redhat.com/ubi9/ubi-minimal
      RUN microdnf install -y tar gzip
      `,
      after: `
      FROM registry.access.redhat.com/ubi9/ubi-minimal
      RUN microdnf install -y tar gzip && \\
          microdnf clean all
      `,
    },
  ],
});
