// Property-based: generated multi-stage Dockerfiles, the same files broken by editing mutations, and
// arbitrary text never make the engine throw or answer with ranges, edits or texts it should not.
import { test } from 'node:test';
import fc from 'fast-check';
import { Engine, MemoryWorkspace } from '../../server/src/engine/index';
import { dockerfileArb, mutationsArb, mutate } from './arbitraries';
import { checkDocument, fuzzOptions, newStats, offsetsFor } from './invariants';

/** The files the generated instructions refer to, so that context rules have something to read. */
const workspace = new MemoryWorkspace({
  '/ws/.dockerignore': 'node_modules\n.env\n*.md\n',
  '/ws/go.mod': 'module example.com/app\n',
  '/ws/go.sum': '',
  '/ws/package.json': '{"name":"x","scripts":{"start":"node ."}}',
  '/ws/package-lock.json': '{}',
  '/ws/requirements.txt': 'flask==3.0\n',
  '/ws/src/main.go': 'package main\n',
  '/ws/a.txt': 'a\n',
  '/ws/.env': 'SECRET=1\n',
  '/ws/app.tar.gz': '',
  '/ws/entrypoint.sh': '#!/bin/sh\n',
});
const path = '/ws/Dockerfile';
const offsets = fc.array(fc.nat(), { minLength: 4, maxLength: 16 });

test('generated Dockerfiles: no exception, findings, fixes and hovers inside the text, both languages', (t) => {
  const stats = newStats();
  let cases = 0;
  fc.assert(
    fc.property(dockerfileArb, offsets, (text, seeds) => {
      cases++;
      const engine = new Engine({ strict: true, workspace });
      checkDocument(engine, { path, text, kind: 'dockerfile' }, offsetsFor(text.length, seeds), stats);
    }),
    fuzzOptions(0x5eed01, 40),
  );
  t.diagnostic(`${cases} cases; ${stats.findings} findings, ${stats.fixes} fixes, ${stats.hovers} hovers checked`);
});

test('mutated Dockerfiles (lines lost and doubled, cut continuations and heredocs, junk bytes, BOM, CR, NUL, tabs)', (t) => {
  const stats = newStats();
  let cases = 0;
  fc.assert(
    fc.property(dockerfileArb, mutationsArb, offsets, (original, mutations, seeds) => {
      cases++;
      const text = mutations.reduce(mutate, original);
      const engine = new Engine({ strict: true, workspace });
      checkDocument(engine, { path, text, kind: 'dockerfile' }, offsetsFor(text.length, seeds), stats);
    }),
    fuzzOptions(0x5eed02, 50),
  );
  t.diagnostic(`${cases} cases; ${stats.findings} findings, ${stats.fixes} fixes, ${stats.hovers} hovers checked`);
});

test('arbitrary text as a Dockerfile (any code point, lone surrogates included)', (t) => {
  const stats = newStats();
  let cases = 0;
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme-ascii', maxLength: 400 }), fc.string({ unit: fc.constantFrom('F', 'R', 'O', 'M', 'U', 'N', ' ', '\n', '\\', '$', '{', '}', '<', '-', '=', '#', '"', '['), maxLength: 300 }));
  fc.assert(
    fc.property(anyText, offsets, (text, seeds) => {
      cases++;
      checkDocument(new Engine({ strict: true, workspace }), { path, text, kind: 'dockerfile' }, offsetsFor(text.length, seeds), stats);
    }),
    fuzzOptions(0x5eed03, 300),
  );
  t.diagnostic(`${cases} cases; ${stats.findings} findings, ${stats.fixes} fixes, ${stats.hovers} hovers checked`);
});
