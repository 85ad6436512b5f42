import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UseAddForArchiveExtraction', {
  fires: [
    `
    FROM debian:12
    COPY dist/app-1.2.tar.gz /tmp/
         ^^^^^^^^^^^^^^^^^^^ UseAddForArchiveExtraction
    RUN tar -xzf /tmp/app-1.2.tar.gz -C /opt && rm /tmp/app-1.2.tar.gz
    `,
    `
    FROM debian:12
    COPY rootfs.tar /
         ^^^^^^^^^^ UseAddForArchiveExtraction
    WORKDIR /
    RUN tar xf rootfs.tar
    `,
  ],
  quiet: [
    `
    FROM debian:12
    COPY app.tar.gz /tmp/
    RUN echo "kept for later"
    COPY tools.zip /tmp/
    RUN unzip /tmp/tools.zip
    COPY other.tar /tmp/
    RUN tar -cf /tmp/backup.tar /etc
    ADD data.tar.xz /data/
    `,
    `
    FROM debian:12 AS build
    COPY app.tar /tmp/
    FROM debian:12
    RUN tar -xf /tmp/app.tar
    `,
  ],
});
