import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CdInRun', {
  fires: [
    `
    FROM debian:12
    RUN cd /src && make && cd /tmp
        ^^ CdInRun
    `,
  ],
  quiet: [
    `
    FROM debian:12
    WORKDIR /src
    RUN make
    RUN echo "cd /src" && X=$(cd /opt && pwd) && echo $X
    RUN sh -c 'cd /x && ls'
    `,
  ],
});
