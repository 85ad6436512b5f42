import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidMount', {
  fires: [
    `
    FROM alpine:3.20
    RUN --mount=type=cachee,target=/x echo
                     ^^^^^^ InvalidMount
    RUN --mount=type=cache,target=/x,sharing=lockd,mode=999,uid=me echo
                                             ^^^^^ InvalidMount
                                                        ^^^ InvalidMount
                                                                ^^ InvalidMount
    RUN --mount=type=bind,target=/x,size=1g,readonly=maybe echo
                                    ^^^^ InvalidMount
                                                     ^^^^^ InvalidMount
    RUN --mount=type=secret,id=x,sharing=shared,from=base echo
                                 ^^^^^^^ InvalidMount
                                                ^^^^ InvalidMount
    RUN --mount=type=secret echo
                ^^^^^^^^^^^ InvalidMount
    RUN --mount=type=tmpfs,targte=/x echo
                ^^^^^^^^^^^^^^^^^^^^ InvalidMount
                           ^^^^^^ InvalidMount
    `,
    `
    FROM scratch
    RUN --mount=type=cache echo
                ^^^^^^^^^^ InvalidMount
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20 AS base
    WORKDIR /src
    RUN --mount=type=cache,target=/var/cache/apt,sharing=locked,id=apt,mode=0755,uid=1000,gid=1000 echo
    RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true,env=TOKEN echo
    RUN --mount=type=ssh,required echo
    RUN --mount=type=tmpfs,target=/tmp,size=64m echo
    RUN --mount=ro --mount=from=base,src=/a,rw echo
    RUN --mount="type=bind,source=.,target=/src" echo
    RUN --mount=type=\$T,target=/x echo
    `,
  ],
  fixes: [
    {
      before: 'FROM alpine:3.20\nRUN --mount=type=cachee,target=/x echo\n',
      after: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x echo\n',
    },
    {
      before: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/x,sizee=1m echo\n',
      after: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/x,size=1m echo\n',
    },
  ],
});
