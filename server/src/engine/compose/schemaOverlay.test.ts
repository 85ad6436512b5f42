// The overlay adds exactly the fields the packaged schema lacks, and the compiled validator knows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import overlay from './schemaOverlay.json';
import { validate, schemaSource } from './schemaValidate.generated';

const require = createRequire(__filename);
const upstream = JSON.parse(readFileSync(path.join(path.dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json'), 'utf8'));
const at = (doc: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((cur, seg) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined), doc);

test('the overlay adds these fields and no others', () => {
  assert.deepEqual(Object.keys(overlay.add), [
    '/definitions/service/properties/pre_start',
    '/definitions/service/properties/build/oneOf/1/properties/provenance',
    '/definitions/service/properties/build/oneOf/1/properties/sbom',
    '/definitions/service/properties/build/oneOf/1/properties/no_cache_filter',
    '/definitions/development/properties/watch/items/properties/initial_sync',
  ]);
  assert.deepEqual(schemaSource.overlay, Object.keys(overlay.add));
});

test('every overlay field is missing upstream; the fields the issue listed that upstream has are not overlaid', () => {
  for (const p of Object.keys(overlay.add)) assert.equal(at(upstream, p), undefined, p);
  for (const p of ['/definitions/service/properties/provider', '/definitions/service/properties/models', '/definitions/service/properties/use_api_socket', '/properties/models']) {
    assert.notEqual(at(upstream, p), undefined, p);
  }
});

test('the compiled validator accepts the overlay fields and still refuses typos beside them', () => {
  const file = {
    services: {
      web: {
        image: 'nginx',
        pre_start: [{ command: ['true'] }],
        build: { context: '.', provenance: 'mode=max', sbom: true, no_cache_filter: ['deps'] },
        develop: { watch: [{ path: './src', action: 'sync', target: '/app', initial_sync: true }] },
      },
    },
  };
  assert.equal(validate(file), true, JSON.stringify((validate as unknown as { errors?: unknown }).errors));
  assert.equal(validate({ services: { web: { image: 'nginx', build: { context: '.', provenanse: true } } } }), false);
});
