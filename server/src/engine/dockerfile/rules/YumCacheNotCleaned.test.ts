import { ruleCases } from '../../../../../test/harness/check';

ruleCases('YumCacheNotCleaned', {
  fires: [
    `
    FROM centos:7
    RUN yum -y install httpd && yum -y update
        ^^^^^^^^^^^^^^ YumCacheNotCleaned
    `,
    `
    FROM centos:7
    RUN yum clean all && yum install -y httpd
                         ^^^^^^^^^^^ YumCacheNotCleaned
    `,
  ],
  quiet: [
    `
    FROM centos:7
    RUN yum install -y httpd && yum clean all
    RUN yum install -y git && rm -rf /var/cache/yum
    RUN --mount=type=cache,target=/var/cache/yum yum install -y vim
    RUN yum list installed
    `,
    `
    FROM centos:7 AS build
    RUN yum install -y gcc
    FROM scratch
    COPY --from=build /out /out
    `,
  ],
  fixes: [
    {
      before: `
      FROM centos:7
      RUN yum install -y httpd && \\
          yum install -y mod_ssl
      `,
      after: `
      FROM centos:7
      RUN yum install -y httpd && \\
          yum install -y mod_ssl && \\
          yum clean all
      `,
    },
  ],
});
