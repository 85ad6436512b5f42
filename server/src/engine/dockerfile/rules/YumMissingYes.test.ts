import { ruleCases } from '../../../../../test/harness/check';

ruleCases('YumMissingYes', {
  fires: [
    `
    FROM centos:7
    RUN yum install httpd && yum clean all
        ^^^^^^^^^^^ YumMissingYes
    `,
    `
    FROM centos:7
    RUN yum --setopt=tsflags=nodocs group install "Development Tools"
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ YumMissingYes
    `,
  ],
  quiet: [
    `
    FROM centos:7
    RUN yum install -y httpd && yum -y update && yum remove --assumeyes vim
    RUN yum --setopt=assumeyes=1 install httpd
    RUN yes | yum install httpd
    RUN yum clean all && yum makecache && yum list installed
    RUN echo "yum install httpd"
    `,
  ],
  fixes: [
    {
      before: `
      FROM centos:7
      RUN yum install \\
            httpd && yum clean all
      `,
      after: `
      FROM centos:7
      RUN yum install -y \\
            httpd && yum clean all
      `,
    },
  ],
});
