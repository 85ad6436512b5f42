import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleCases, load } from '../../../../../test/harness/check';

const options = { path: '/ws/compose.yaml' };

ruleCases('UnknownKey', {
  options,
  fires: [
    `
    services:
      web:
        image: nginx
        build:
          contxt: .
          ^^^^^^ UnknownKey
        restrat: always
        ^^^^^^^ UnknownKey
    `,
    `
    servics:
    ^^^^^^^ UnknownKey
      web:
        image: nginx
    `,
    `
    services:
      web:
        image: nginx
        depends_on:
          db:
            condition: service_started
            requird: true
            ^^^^^^^ UnknownKey
      db:
        image: postgres
    `,
    // A key brought in by a merge key is reported where it is written.
    `
    x-base: &base
      imagee: nginx
      ^^^^^^ UnknownKey
    services:
      web:
        <<: *base
    `,
    // Extension fields are not allowed everywhere.
    `
    include:
      - path: ./other.yaml
        x-note: hi
        ^^^^^^ UnknownKey
    services:
      web:
        image: nginx
    `,
  ],
  quiet: [
    // Extension fields, merge keys, !reset/!override, long and short syntaxes, overlay fields.
    `
    version: "3.9"
    x-common: &common
      restart: unless-stopped
      environment:
        TZ: UTC
    services:
      x-helper:
        image: busybox
      web:
        <<: *common
        x-owner: team
        image: nginx
        build:
          context: .
          provenance: mode=max
          sbom: true
          no_cache_filter: [deps]
        ports: !reset []
        volumes: !override
          - ./a:/a
        pre_start:
          - command: ["sh", "-c", "true"]
        develop:
          watch:
            - path: ./src
              action: sync
              target: /app
              initial_sync: true
        provider:
          type: model
        use_api_socket: true
        models: [llm]
    models:
      llm:
        model: ai/smollm2
    networks:
      front:
        x-comment: fine
    `,
    // An override file holds partial services.
    `
    services:
      web:
        environment:
          DEBUG: "1"
    `,
  ],
  fixes: [
    {
      before: `
      services:
        web:
          image: nginx
          restrat: always
      `,
      after: `
      services:
        web:
          image: nginx
          restart: always
      `,
    },
  ],
});

test('UnknownKey is silent when schema validation is off', () => {
  const l = load(
    `
    services:
      web:
        imagee: nginx
    `,
    { ...options, config: { composeSchemaValidation: 'off' } },
  );
  assert.deepEqual(l.findings.filter((f) => ['UnknownKey', 'InvalidValueType', 'InvalidEnumValue'].includes(f.ruleId)), []);
});

test('UnknownKey suggests the nearest keys, bilingual', () => {
  const l = load(
    `
    services:
      web:
        image: nginx
        enviroment: {A: "1"}
    `,
    options,
  );
  const f = l.findings.find((x) => x.ruleId === 'UnknownKey');
  assert.deepEqual(f?.message, {
    en: '"enviroment" is not a Compose key in "services.web". Did you mean "environment"?',
    ru: '«enviroment» — не ключ Compose в «services.web». Возможно, имелось в виду «environment»?',
  });
});
