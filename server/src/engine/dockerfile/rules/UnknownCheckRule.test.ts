import { ruleCases } from '../../../../../test/harness/check';

ruleCases('UnknownCheckRule', {
  fires: [
    `
    # check=skip=JSONArgsRecomended,StageNameCasing
                 ^^^^^^^^^^^^^^^^^^ UnknownCheckRule
    FROM alpine:3.20
    # hadolint ignore=DL3008,NotARule
                             ^^^^^^^^ UnknownCheckRule
    RUN true
    # dockwise-ignore CopyToNonDirectry
                      ^^^^^^^^^^^^^^^^^ UnknownCheckRule
    COPY a b c
    `,
  ],
  quiet: [
    `
    # check=skip=all
    FROM alpine:3.20
    # hadolint ignore=DL3008,SC2086,DL9999
    RUN true
    # dockwise-ignore CopyToNonDirectory, DL3021
    COPY a b c
    # check=skip=ExposeProtoCasing;error=true
    EXPOSE 80
    `,
  ],
  fixes: [
    {
      before: '# check=skip=JSONArgsRecomended\nFROM alpine:3.20\n',
      after: '# check=skip=JSONArgsRecommended\nFROM alpine:3.20\n',
    },
  ],
});
