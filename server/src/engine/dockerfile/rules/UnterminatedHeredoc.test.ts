import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UnterminatedHeredoc', {
  fires: [
    `
    FROM alpine:3.20
    RUN cat <<EOF
            ^^^^^ UnterminatedHeredoc
    echo hi
    EOF2
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    RUN <<EOF
    echo hi
    EOF
    RUN <<-EOT sh
    \techo tabbed
    \tEOT
    COPY <<"EOF" /etc/motd
    hello
    EOF
    RUN echo "<<EOF" && cat<<<hi
    `,
    `
    # syntax=docker/dockerfile:1.3
    FROM alpine:3.20
    RUN cat <<EOF
    `,
  ],
});
