import { ruleCases } from '../../../../../test/harness/check';

ruleCases('YumPinVersions', {
  fires: [
    `
    FROM centos:7
    RUN yum install -y httpd-2.4.6 python3-devel && yum clean all
                                   ^^^^^^^^^^^^^ YumPinVersions
    `,
    `
    FROM centos:7
    RUN yum -y module install nodejs
                              ^^^^^^ YumPinVersions
    `,
  ],
  quiet: [
    `
    FROM centos:7
    RUN yum install -y httpd-2.4.6-99.el7 java-1.8.0-openjdk-1.8.0.412 ./local.rpm https://example.com/x.rpm
    RUN yum -y module install nodejs:18
    RUN yum -y groupinstall "Development Tools" && yum install -y @development
    RUN yum update -y && dnf install -y curl
    `,
  ],
});
