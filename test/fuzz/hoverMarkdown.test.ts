// Property-based: hostile names and values (HTML, command links, backticks, line breaks) put where
// hovers quote the file — stage names, ARG/ENV values, service names, .env values — never come out
// as active Markdown. Parsed with markdown-it (CommonMark, as VS Code renders hovers), links autodetected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { Engine, MemoryWorkspace, type LintInput } from '../../server/src/engine/index';
import { allDocKeys, docFor } from '../../server/src/engine/docs';
import { hostileString } from './arbitraries';
import { fuzzOptions } from './invariants';

const md = new MarkdownIt({ html: true, linkify: true });

interface Token {
  type: string;
  content: string;
  attrGet(name: string): string | null;
  children: Token[] | null;
}

function walk(tokens: Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t);
    if (t.children) walk(t.children, visit);
  }
}

/** Links our own documentation holds; any other link in a hover came from the file. */
const docLinks = new Set<string>();
for (const key of allDocKeys()) {
  for (const locale of ['en', 'ru'] as const) {
    walk(md.parse(docFor(key, locale) ?? '', {}) as Token[], (t) => {
      if (t.type === 'link_open') docLinks.add(t.attrGet('href') ?? '');
    });
  }
}

/** Whatever in the Markdown would render as HTML, a link or an image not taken from our docs. */
function activeParts(markdown: string): string[] {
  const out: string[] = [];
  walk(md.parse(markdown, {}) as Token[], (t) => {
    if (t.type === 'html_block' || t.type === 'html_inline') out.push(`${t.type}: ${t.content}`);
    else if (t.type === 'image') out.push(`image: ${t.attrGet('src')}`);
    else if (t.type === 'link_open' && !docLinks.has(t.attrGet('href') ?? '')) out.push(`link: ${t.attrGet('href')}`);
  });
  return out;
}

function indicesOf(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i, i + 1, i + Math.floor(needle.length / 2), i + needle.length);
  return out;
}

function assertSafeHovers(engine: Engine, input: LintInput, offsets: number[]): number {
  let answered = 0;
  for (const offset of offsets) {
    for (const locale of ['en', 'ru'] as const) {
      const h = engine.hover(input, offset, locale);
      if (!h) continue;
      answered++;
      assert.deepEqual(activeParts(h.markdown), [], `hover at ${offset} of ${JSON.stringify(input.text)} renders file text as Markdown:\n${h.markdown}`);
    }
  }
  return answered;
}

const random = fc.array(fc.nat(), { maxLength: 8 });

test('the escaping check sees what it must: raw file text would be active', () => {
  // Guards the oracle: without escaping, these payloads are HTML and links.
  assert.deepEqual(activeParts('Stage <script>alert(1)</script>'), ['html_inline: <script>', 'html_inline: </script>']);
  assert.deepEqual(activeParts('value [click](command:workbench.action.quit)'), ['link: command:workbench.action.quit']);
  // A lone CR is a line break in Markdown: two of them end the paragraph and the code span with it.
  assert.deepEqual(activeParts('Service `a\r\r<img src=x>` here'), ['html_inline: <img src=x>']);
  assert.deepEqual(activeParts('see www.evil.com'), ['link: http://www.evil.com']);
  assert.deepEqual(activeParts('`<script>` and\n\n```\n<b>\n```'), []);
});

test('hostile stage names, ARG and ENV values in Dockerfile hovers stay inert', (t) => {
  let cases = 0;
  let hovers = 0;
  const shape = fc.constantFrom('stage', 'arg', 'argQuoted', 'env', 'image');
  fc.assert(
    fc.property(hostileString, shape, random, (h, kind, seeds) => {
      cases++;
      const oneLine = h.replace(/[\r\n]/g, ' ');
      const text =
        kind === 'stage'
          ? `FROM alpine:3.20 AS ${h}\nRUN echo\nFROM scratch\nCOPY --from=${h} /a /a\nRUN --mount=type=bind,from=${oneLine},target=/x true\n`
          : kind === 'arg'
            ? `ARG X=${h}\nFROM alpine:3.20\nARG X\nRUN echo $X \${X}\nLABEL a=$X\n`
            : kind === 'argQuoted'
              ? `ARG X="${h}"\nFROM alpine:3.20\nARG X\nRUN echo $X\n`
              : kind === 'env'
                ? `FROM alpine:3.20\nENV Y=${h}\nENV Z ${h}\nRUN echo $Y $Z\n`
                : `FROM ${oneLine}\nFROM alpine:3.20 AS b\n`;
      const input = { path: '/ws/Dockerfile', text, kind: 'dockerfile' as const };
      const targets = [...indicesOf(text, '$X'), ...indicesOf(text, '${X}'), ...indicesOf(text, '$Y'), ...indicesOf(text, '$Z'), ...indicesOf(text, h), ...indicesOf(text, oneLine), ...seeds.map((s) => s % (text.length + 1))];
      hovers += assertSafeHovers(new Engine({ strict: true }), input, targets);
    }),
    fuzzOptions(0x4d01, 150),
  );
  t.diagnostic(`${cases} cases; ${hovers} hovers rendered and checked`);
});

test('hostile service names and .env values in compose hovers stay inert', (t) => {
  let cases = 0;
  let hovers = 0;
  const shape = fc.constantFrom('service', 'dependsOnMissing', 'envValue', 'defaultValue', 'envFileName');
  fc.assert(
    fc.property(hostileString, shape, random, (h, kind, seeds) => {
      cases++;
      const q = JSON.stringify(h);
      const files: Record<string, string> = { '/ws/.env': 'TAG=1.27\n' };
      let text: string;
      if (kind === 'service') text = `services:\n  ${q}:\n    image: nginx:1.27\n  web:\n    image: nginx:1.27\n    depends_on: [${q}]\n    links: [${q}]\n`;
      else if (kind === 'dependsOnMissing') text = `services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      ${q}:\n        condition: service_healthy\n`;
      else if (kind === 'envValue') {
        files['/ws/.env'] = `TAG=${h}\nQUOTED="${h}"\n`;
        text = 'services:\n  web:\n    image: "nginx:${TAG}-${QUOTED}"\n    environment:\n      A: ${TAG}x\n';
      } else if (kind === 'defaultValue') text = `services:\n  web:\n    image: ${JSON.stringify(`nginx:\${NOPE:-${h}}`)}\n`;
      else {
        const name = `${h.replace(/[/\\\u0000\r\n]/g, '_')}.env`;
        files[`/ws/${name}`] = 'TAG=1\n';
        text = `services:\n  web:\n    image: "nginx:\${TAG}"\n    env_file: [${JSON.stringify(name)}]\n`;
      }
      files['/ws/compose.yaml'] = text;
      const input = { path: '/ws/compose.yaml', text, kind: 'compose' as const };
      const targets = [...indicesOf(text, q), ...indicesOf(text, 'TAG'), ...indicesOf(text, 'QUOTED'), ...indicesOf(text, 'NOPE'), ...seeds.map((s) => s % (text.length + 1))];
      hovers += assertSafeHovers(new Engine({ strict: true, workspace: new MemoryWorkspace(files) }), input, targets);
    }),
    fuzzOptions(0x4d02, 150),
  );
  t.diagnostic(`${cases} cases; ${hovers} hovers rendered and checked`);
});

test('a service name with lone CRs stays inside its code span (found by the property above)', () => {
  // Markdown reads a lone CR as a line break: two of them ended the paragraph, and the code span with it.
  const text = `services:\n  ${JSON.stringify('a\r\r<script>alert(1)</script>')}:\n    image: nginx:1.27\n`;
  const h = new Engine({ strict: true }).hover({ path: '/ws/compose.yaml', text, kind: 'compose' }, 13, 'en')!;
  assert.equal(h.markdown.split('\n')[0], 'Service `a  <script>alert(1)</script>` — line 2');
  assert.deepEqual(activeParts(h.markdown), []);
});
