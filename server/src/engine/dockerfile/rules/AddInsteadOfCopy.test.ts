import { ruleCases } from '../../../../../test/harness/check';

ruleCases('AddInsteadOfCopy', {
  fires: [
    `
    FROM alpine:3.20
    ADD app.py /app/
    ^^^ AddInsteadOfCopy
    ADD --chown=1000:1000 --chmod=644 config/ /etc/app/
    ^^^ AddInsteadOfCopy
    ADD ["a b.txt", "/app/"]
    ^^^ AddInsteadOfCopy
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    ADD rootfs.tar.gz /
    ADD https://example.com/tool.tgz /opt/
    ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a /a
    ADD git@github.com:moby/buildkit.git /src
    ADD https://github.com/moby/buildkit.git#v0.14.0 /src
    ADD $SRC /app/
    ADD --unpack=false app.tar.gz /opt/
    COPY app.py /app/
    `,
  ],
  fixes: [
    {
      before: `
      FROM alpine:3.20
      ADD --chown=app:app --link app.py /app/
      `,
      after: `
      FROM alpine:3.20
      COPY --chown=app:app --link app.py /app/
      `,
    },
    {
      before: `
      from alpine:3.20
      add ["app.py", "/app/"]
      `,
      after: `
      from alpine:3.20
      copy ["app.py", "/app/"]
      `,
    },
  ],
});
