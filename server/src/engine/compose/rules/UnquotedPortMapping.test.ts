import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleCases, load } from '../../../../../test/harness/check';

const options = { path: '/ws/compose.yaml' };

ruleCases('UnquotedPortMapping', {
  options,
  fires: [
    `
    services:
      ssh:
        image: sshd
        ports:
          - 22:22
            ^^^^^ UnquotedPortMapping
          - 8080:80
            ^^^^^^^ UnquotedPortMapping
    `,
  ],
  quiet: [
    `
    services:
      web:
        image: nginx
        ports:
          - "22:22"
          - '8080:80'
          - 80
          - target: 80
            published: "8080"
        expose:
          - 3000
    `,
  ],
  fixes: [
    {
      before: `
      services:
        ssh:
          image: sshd
          ports:
            - 22:22
      `,
      after: `
      services:
        ssh:
          image: sshd
          ports:
            - "22:22"
      `,
    },
  ],
});

test('UnquotedPortMapping: base-60 lookalikes are warnings, other mappings hints', () => {
  const l = load(
    `
    services:
      ssh:
        image: sshd
        ports:
          - 22:22
          - 127.0.0.1:8080:80
    `,
    options,
  );
  assert.deepEqual(
    l.findings.filter((f) => f.ruleId === 'UnquotedPortMapping').map((f) => f.severity),
    ['warning', 'hint'],
  );
});
