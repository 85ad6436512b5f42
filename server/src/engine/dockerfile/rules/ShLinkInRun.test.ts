import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load, ruleCases } from '../../../../../test/harness/check';

ruleCases('ShLinkInRun', {
  fires: [
    `
    FROM debian:12
    RUN ln -sf /bin/bash /bin/sh
                         ^^^^^^^ ShLinkInRun
    `,
    `
    FROM debian:12
    RUN rm /bin/sh && ln -s bash /bin/sh
                                 ^^^^^^^ ShLinkInRun
    `,
  ],
  quiet: [
    `
    FROM debian:12
    SHELL ["/bin/bash", "-c"]
    RUN ln -s /bin/sh /usr/local/bin/sh && ln -sf /usr/bin/python3 /usr/bin/python
    `,
  ],
});

test('ShLinkInRun suggests a SHELL for the linked shell', () => {
  const l = load('FROM debian:12\nRUN ln -s bash /bin/sh\n');
  const f = l.findings.filter((x) => x.ruleId === 'ShLinkInRun');
  assert.deepEqual(f.map((x) => x.message.en), ['Replacing /bin/sh changes the shell of every later RUN and of scripts in the image. Say which shell RUN uses instead: `SHELL ["/bin/bash", "-c"]`.']);
});
