import { ruleCases } from '../../../../../test/harness/check';

ruleCases('CopyIgnoredFile', {
  fires: [
    `
    //- /ws/Dockerfile
    FROM alpine:3.20
    COPY ./tmp/helloworld.txt /helloworld.txt
         ^^^^^^^^^^^^^^^^^^^^ CopyIgnoredFile
    ADD secrets/db.env config.yml /etc/app/
        ^^^^^^^^^^^^^^ CopyIgnoredFile
    //- /ws/.dockerignore
    # local files
    tmp
    secrets/*.env
    //- /ws/config.yml
    a: 1
    `,
  ],
  quiet: [
    `
    //- /ws/Dockerfile
    FROM alpine:3.20 AS build
    COPY src/ /src/
    COPY . /app
    COPY *.txt /txt/
    FROM alpine:3.20
    COPY --from=build /tmp/out /out
    //- /ws/.dockerignore
    tmp
    `,
    // Exceptions make exclusion hard to decide statically; BuildKit stays quiet too.
    `
    //- /ws/Dockerfile
    FROM alpine:3.20
    COPY tmp/keep.txt /keep.txt
    //- /ws/.dockerignore
    tmp
    !tmp/keep.txt
    `,
  ],
});
