import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load, ruleCases } from '../../../../../test/harness/check';

ruleCases('UntrustedRegistry', {
  options: { config: { trustedRegistries: ['docker.io', 'ghcr.io/acme', '*.corp.example'] } },
  fires: [
    `
    FROM quay.io/prometheus/busybox:latest AS tools
         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ UntrustedRegistry
    FROM ghcr.io/other/app:1.0
         ^^^^^^^^^^^^^^^^^^^^^ UntrustedRegistry
    COPY --from=gcr.io/distroless/static:nonroot /etc/passwd /etc/passwd
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ UntrustedRegistry
    `,
  ],
  quiet: [
    `
    ARG BASE=alpine:3.20
    FROM \${BASE} AS base
    FROM node:20 AS build
    FROM index.docker.io/library/nginx:1.27
    FROM ghcr.io/acme/app:1.0
    FROM registry.corp.example/team/api:2
    FROM build
    COPY --from=base /etc/os-release /tmp/
    COPY --from=0 /x /x
    FROM scratch
    `,
  ],
});

test('UntrustedRegistry stays silent while no trusted registries are configured', () => {
  const l = load('FROM quay.io/prometheus/busybox:latest\n');
  assert.deepEqual(l.findings.filter((f) => f.ruleId === 'UntrustedRegistry'), []);
});
