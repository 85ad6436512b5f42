import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load, ruleCases } from '../../../../../test/harness/check';

const schema = {
  'org.opencontainers.image.source': 'url',
  'org.opencontainers.image.created': 'rfc3339',
  'org.opencontainers.image.licenses': 'spdx',
  'org.opencontainers.image.revision': 'hash',
  'org.opencontainers.image.version': 'semver',
  'org.opencontainers.image.authors': 'email',
  'org.opencontainers.image.title': 'text',
};

ruleCases('LabelSchema', {
  options: { config: { labelSchema: schema, strictLabels: true } },
  fires: [
    `
    FROM alpine:3.20
    LABEL org.opencontainers.image.source="github.com/acme/app" \\
                                          ^^^^^^^^^^^^^^^^^^^^^ LabelSchema
          org.opencontainers.image.created="2024-13-01" \\
                                           ^^^^^^^^^^^^ LabelSchema
          org.opencontainers.image.licenses="Apache 2.0" \\
                                            ^^^^^^^^^^^^ LabelSchema
          org.opencontainers.image.revision=xyz \\
                                            ^^^ LabelSchema
          org.opencontainers.image.version=v1.2 \\
                                           ^^^^ LabelSchema
          org.opencontainers.image.authors="ACME team" \\
                                           ^^^^^^^^^^^ LabelSchema
          org.opencontainers.image.title="" \\
                                         ^^ LabelSchema
          maintainer=someone
          ^^^^^^^^^^ LabelSchema
    `,
    `
    FROM alpine:3.20 AS base
    LABEL org.opencontainers.image.source=https://github.com/acme/app \\
          org.opencontainers.image.created=2024-05-01T12:00:00Z \\
          org.opencontainers.image.licenses="MIT OR Apache-2.0"
    FROM base
         ^^^^ LabelSchema
    LABEL org.opencontainers.image.revision=0123abc \\
          org.opencontainers.image.version=1.4.2-rc.1+build.5 \\
          org.opencontainers.image.title="App"
    `,
  ],
  quiet: [
    `
    FROM golang:1.22 AS build
    FROM alpine:3.20
    ARG VERSION
    LABEL org.opencontainers.image.source=https://github.com/acme/app \\
          org.opencontainers.image.created=2024-05-01T12:00:00.5+02:00 \\
          org.opencontainers.image.licenses="(MIT AND BSD-3-Clause) OR GPL-2.0-or-later WITH Classpath-exception-2.0" \\
          org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567 \\
          org.opencontainers.image.version=$VERSION \\
          org.opencontainers.image.authors=team@example.com \\
          org.opencontainers.image.title="App"
    `,
  ],
});

test('LabelSchema without strictLabels leaves other labels alone', () => {
  const l = load('FROM alpine:3.20\nLABEL org.opencontainers.image.title=App maintainer=x\n', { config: { labelSchema: { 'org.opencontainers.image.title': 'text' } } });
  assert.deepEqual(l.findings.filter((f) => f.ruleId === 'LabelSchema'), []);
});

test('LabelSchema stays silent while no schema is configured', () => {
  const l = load('FROM alpine:3.20\nLABEL Bad_Key=""\n');
  assert.deepEqual(l.findings.filter((f) => f.ruleId === 'LabelSchema'), []);
});

test('LabelSchema severities follow the problem: missing is info, a bad value a warning', () => {
  const l = load('FROM alpine:3.20\nLABEL org.opencontainers.image.source=nope\n', {
    config: { labelSchema: { 'org.opencontainers.image.source': 'url', 'org.opencontainers.image.title': 'text' } },
  });
  assert.deepEqual(
    l.findings.filter((f) => f.ruleId === 'LabelSchema').map((f) => [f.severity, f.message.en]),
    [
      ['info', 'The image has no label `org.opencontainers.image.title`, which the label schema requires. Add `LABEL org.opencontainers.image.title=…` to the final stage.'],
      ['warning', 'Label `org.opencontainers.image.source` is not an absolute URL such as https://example.com/project, as the label schema requires.'],
    ],
  );
});
