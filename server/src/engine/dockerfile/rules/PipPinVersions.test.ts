import { ruleCases } from '../../../../../test/harness/check';

ruleCases('PipPinVersions', {
  fires: [
    `
    FROM python:3.12
    RUN pip install --no-cache-dir flask==3.0.3 gunicorn
                                                ^^^^^^^^ PipPinVersions
    `,
    `
    FROM python:3.12
    RUN python -m pip install -U pip && pip3 install -r requirements.txt uvicorn
                                 ^^^ PipPinVersions
                                                                         ^^^^^^^ PipPinVersions
    `,
  ],
  quiet: [
    `
    FROM python:3.12
    RUN pip install "django>=4.2,<5" requests~=2.31 numpy!=1.0 attrs===23.2.0
    RUN pip install -r requirements.txt && pip install --requirement dev.txt
    RUN pip install -c constraints.txt flask gunicorn
    RUN pip install . && pip install -e . && pip install ./dist/app-1.0-py3-none-any.whl ./vendor/pkg
    RUN pip install git+https://github.com/acme/lib.git@v1.2.0
    RUN pip install $PACKAGES
    RUN pip download flask
    `,
  ],
});
