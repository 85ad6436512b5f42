import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PipNoCacheDir', {
  fires: [
    `
    FROM python:3.12
    RUN pip3 install --user -r requirements.txt
        ^^^^^^^^^^^^ PipNoCacheDir
    `,
    `
    FROM python:3.12
    RUN python -m pip install flask
        ^^^^^^^^^^^^^^^^^^^^^ PipNoCacheDir
    `,
  ],
  quiet: [
    `
    FROM python:3.12
    RUN pip install --no-cache-dir flask
    RUN --mount=type=cache,target=/root/.cache/pip pip install flask
    RUN PIP_NO_CACHE_DIR=1 pip install flask
    RUN pip --version
    `,
    `
    FROM python:3.12
    ENV PIP_NO_CACHE_DIR=1
    RUN pip install flask
    `,
  ],
  fixes: [
    {
      before: `
      FROM python:3.12
      RUN pip3 install --user -r requirements.txt
      `,
      after: `
      FROM python:3.12
      RUN pip3 install --no-cache-dir --user -r requirements.txt
      `,
    },
  ],
});
