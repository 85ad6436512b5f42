import { ruleCases } from '../../../../../test/harness/check';

ruleCases('VolumeInstruction', {
  fires: [
    `
    FROM mysql:8.4
    VOLUME ["/var/lib/mysql"]
    ^^^^^^ VolumeInstruction
    volume /data /logs
    ^^^^^^ VolumeInstruction
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    RUN mkdir /data
    # VOLUME /data
    `,
  ],
});
