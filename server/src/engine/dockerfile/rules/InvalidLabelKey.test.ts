import { ruleCases } from '../../../../../test/harness/check';

ruleCases('InvalidLabelKey', {
  fires: [
    `
    FROM alpine:3.20
    LABEL Maintainer="team@example.com" com.docker.extension=1 build_id=7
          ^^^^^^^^^^ InvalidLabelKey
                                        ^^^^^^^^^^^^^^^^^^^^ InvalidLabelKey
                                                               ^^^^^^^^ InvalidLabelKey
    LABEL 1st=x org..example=y trailing-=z
          ^^^ InvalidLabelKey
                ^^^^^^^^^^^^ InvalidLabelKey
                               ^^^^^^^^^ InvalidLabelKey
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    LABEL org.opencontainers.image.title="App" maintainer="team@example.com" version=1.0
    LABEL "com.example.vendor"="ACME" \${KEY}=value
    LABEL description This is a legacy label
    `,
  ],
});
