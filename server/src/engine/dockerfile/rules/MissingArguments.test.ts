import { ruleCases } from '../../../../../test/harness/check';

ruleCases('MissingArguments', {
  fires: [
    `
    FROM
    ^^^^ MissingArguments
    FROM alpine:3.20
    COPY package.json
         ^^^^^^^^^^^^ MissingArguments
    HEALTHCHECK CMD
                ^^^ MissingArguments
    HEALTHCHECK --interval=5s CHECK curl x
                              ^^^^^ MissingArguments
    HEALTHCHECK NONE now
                     ^^^ MissingArguments
    ENV DEBUG
        ^^^^^ MissingArguments
    WORKDIR
    ^^^^^^^ MissingArguments
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    COPY a /b
    COPY <<EOF /etc/motd
    hello
    EOF
    COPY ["a", "/b"]
    HEALTHCHECK NONE
    HEALTHCHECK CMD ["true"]
    ENV DEBUG=
    ENV DEBUG 1
    RUN
    CMD
    ENTRYPOINT []
    `,
  ],
});
