// The incremental Dockerfile parse must be indistinguishable from a full parse: random edits (lines,
// continuations, heredocs, comments, quotes) are applied one after another and every version's model
// and findings are compared with those of a fresh parse of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDockerfile, nodeSpan, type DockerfileModel } from './model';
import { properties } from './syntax';
import { Engine, lintText } from '../index';

/** The benchmark's seeded generator of realistic multi-stage Dockerfiles (a plain JS module). */
const GENERATOR: string = path.resolve(__dirname, '../../../../scripts/bench/gen-dockerfile.mjs');
const generateDockerfile = async (lines: number): Promise<string> =>
  ((await import(GENERATOR)) as { generateDockerfile: (o: { lines: number }) => string }).generateDockerfile({ lines });

/** Everything rules can see of a model, as plain data (instructions by index, no parser nodes). */
function normalize(m: DockerfileModel) {
  return {
    text: m.text,
    escapeChar: m.escapeChar,
    lineCount: m.doc.lineCount,
    instructions: m.instructions.map((i) => {
      const { node: _node, ...rest } = i;
      return { ...rest, properties: properties(m, i) };
    }),
    stages: m.stages.map((s) => ({ ...s, from: s.from.index, instructions: s.instructions.map((i) => i.index) })),
    directives: m.directives,
    comments: m.comments,
    globalArgs: m.globalArgs.map((i) => i.index),
    byName: m.stages.map((s) => (s.name ? m.stageByName(s.name)?.index : null)),
    at: [0, 1, Math.floor(m.text.length / 2), m.text.length - 1].map((o) => m.instructionAt(o)?.index ?? null),
  };
}

const SEEDS = [
  `# syntax=docker/dockerfile:1
ARG BASE=alpine:3.20
FROM \${BASE} AS build
# comment between instructions
RUN apk add --no-cache gcc \\
    musl-dev \\
  # a comment inside a continuation
    make
COPY --from=build /out /out
RUN <<EOF
set -e
echo "hello \${BASE}"
EOF
ENV A=1 B="two words" \\
    C='single'
LABEL org.opencontainers.image.title="x"
FROM scratch
COPY --from=build --chmod=755 /out/app /app
CMD ["/app", "--flag"]
`,
  `FROM node:20 AS deps
WORKDIR /app
RUN --mount=type=cache,target=/root/.npm npm ci
HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1

FROM deps
ONBUILD RUN echo on-build
SHELL ["/bin/bash", "-c"]
RUN cat <<-'END' > /etc/motd
\tmessage
\tEND
EXPOSE 8080/tcp
ENTRYPOINT exec node server.js
`,
];

function corpusSamples(): string[] {
  const dir = path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (out.length >= 12) return;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/dockerfile/i.test(e.name)) out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const FRAGMENTS = [
  '\\', '\\\n', '\n', '\n\n', '#', '# note\n', '"', "'", ' ', '\t', 'x', '$X', '${X:-d}', '[', ']', '["a", "b"]',
  '<<EOF', '<<EOF\n', '<<-EOF\n', 'EOF\n', '\nEOF\n', 'RUN echo hi\n', 'FROM alpine AS b\n', 'ARG X=1\n',
  'COPY --from=b / /\n', 'ENV K=v L=w\n', 'RUN --mount=type=cache,target=/c make\n', 'ONBUILD ', '\r\n',
  '# escape=`\n', '# syntax=docker/dockerfile:1\n', 'HEALTHCHECK CMD true\n', 'LABEL a=b\n',
];

/** One edit: at a fraction of the text, delete a few characters or a line, insert a fragment. */
const editArb = fc.record({
  at: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
  del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.constant(-1)),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant(''), fc.string({ maxLength: 3 })),
});
type Edit = { at: number; del: number; insert: string };

function apply(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  let end = at + Math.max(0, e.del);
  if (e.del === -1) {
    // Delete the rest of the line, its line break included.
    const nl = text.indexOf('\n', at);
    end = nl < 0 ? text.length : nl + 1;
  }
  return text.slice(0, at) + e.insert + text.slice(Math.min(end, text.length));
}

const samples = [...SEEDS, ...corpusSamples()];

test('incremental parse equals a full parse after random edits', async () => {
  samples.push(await generateDockerfile(120));
  fc.assert(
    fc.property(fc.integer({ min: 0, max: samples.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (which, edits) => {
      let text = samples[which];
      let model = parseDockerfile(text, 'Dockerfile');
      for (const e of edits) {
        text = apply(text, e);
        model = parseDockerfile(text, 'Dockerfile', model);
        assert.deepEqual(normalize(model), normalize(parseDockerfile(text, 'Dockerfile')));
      }
    }),
    { numRuns: 300 },
  );
});

test('findings after a series of edits equal those of a fresh lint', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: samples.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 5 }), (which, edits) => {
      let text = samples[which];
      const engine = new Engine({ strict: true });
      engine.lint({ path: '/w/Dockerfile', text });
      for (const e of edits) {
        text = apply(text, e);
        assert.deepEqual(engine.lint({ path: '/w/Dockerfile', text }), lintText({ path: '/w/Dockerfile', text }));
      }
    }),
    { numRuns: 60 },
  );
});

test('an edit in the middle reuses the instructions away from it', async () => {
  const text = await generateDockerfile(300);
  const before = parseDockerfile(text, 'Dockerfile');
  const target = before.instructions[Math.floor(before.instructions.length / 2)];
  const at = target.span.end;
  const after = parseDockerfile(text.slice(0, at) + 'x' + text.slice(at), 'Dockerfile', before);
  // Instructions well before the change are the same objects; the ones after it moved by one character.
  assert.equal(after.instructions[0], before.instructions[0]);
  const last = after.instructions[after.instructions.length - 1];
  const lastBefore = before.instructions[before.instructions.length - 1];
  assert.deepEqual([last.span.start, last.span.end, last.node], [lastBefore.span.start + 1, lastBefore.span.end + 1, lastBefore.node]);
  assert.deepEqual(nodeSpan(last, last.node.getRange()), last.span);
});
