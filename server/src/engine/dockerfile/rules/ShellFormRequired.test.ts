import { ruleCases } from '../../../../../test/harness/check';

ruleCases('ShellFormRequired', {
  fires: [
    `
    FROM alpine:3.20
    SHELL /bin/bash -c
          ^^^^^^^^^^^^ ShellFormRequired
    SHELL []
          ^^ ShellFormRequired
    SHELL ['/bin/sh', '-c']
          ^^^^^^^^^^^^^^^^^ ShellFormRequired
    `,
  ],
  quiet: [
    `
    FROM alpine:3.20
    SHELL ["/bin/bash", "-o", "pipefail", "-c"]
    `,
    `
    # escape=\`
    FROM mcr.microsoft.com/windows/servercore:ltsc2022
    SHELL ["powershell", "-Command", \`
           "\$ErrorActionPreference = 'Stop';"]
    `,
  ],
});
