import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidStageName', {
  fires: [
    `
    FROM alpine:3.20 AS 1st
                        ^^^ InvalidStageName
    FROM alpine:3.20 AS my/stage
                        ^^^^^^^^ InvalidStageName
    FROM alpine:3.20 AS \$NAME
                        ^^^^^ InvalidStageName
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20 AS build
    FROM alpine:3.20 AS Build-2.x_y
    `,
  ],
});
