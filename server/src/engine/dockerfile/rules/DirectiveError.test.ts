import { ruleCases } from '../../../../../test/harness/check';

ruleCases('DirectiveError', {
  fires: [
    `
    # syntax=docker/dockerfile:1
    # syntax=docker/dockerfile:1.7
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DirectiveError
    # escape=/
             ^ DirectiveError
    # check=skip=JSONArgsRecommended;fail=true
                                     ^^^^ DirectiveError
    FROM alpine:3.20
    `,
    `
    # Build the app
    # syntax=docker/dockerfile:1
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DirectiveError
    FROM alpine:3.20
    # escape=\`
    ^^^^^^^^^^ DirectiveError
    `,
  ],
  quiet: [
    `
    # syntax=docker/dockerfile:1
    # escape=\`
    # check=skip=JSONArgsRecommended,StageNameCasing;error=true
    FROM alpine:3.20
    # check=skip=JSONArgsRecommended
    CMD echo hi
    `,
  ],
  fixes: [
    {
      before: '# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\n',
      after: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\n',
    },
  ],
});
