import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CopyFromSelf', {
  fires: [
    `
    FROM alpine:3.20 AS build
    COPY --from=build /a /b
                ^^^^^ CopyFromSelf
    COPY --from=BUILD /a /b
                ^^^^^ CopyFromSelf
    COPY --from=0 /a /b
                ^ CopyFromSelf
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20 AS build
    FROM alpine:3.20 AS final
    COPY --from=build /a /b
    COPY --from=0 /a /b
    COPY --from=nginx:1.27 /etc/nginx /etc/nginx
    `,
  ],
});
