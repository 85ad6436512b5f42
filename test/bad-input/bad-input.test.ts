// Hostile and odd input through every rule: no exception, ranges inside the text, clear notices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, MemoryWorkspace, type DocumentKind } from '../../server/src/engine/index';

const junk = (n: number, seed = 7) => {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(x % 256);
  }
  return s;
};

const cases: Record<string, string> = {
  empty: '',
  'only whitespace': ' \n\t\n  \r\n',
  'binary junk': junk(4096),
  'NUL bytes': 'FROM alpine\u0000:3\nRUN echo \u0000\u0000\n',
  BOM: '\uFEFFFROM alpine:3.20\nRUN echo hi\n',
  CRLF: 'FROM alpine:3.20 AS build\r\nRUN apt-get update && \\\r\n  apt-get install curl\r\nCOPY a b /c\r\n',
  'lone CR': 'FROM alpine:3.20\rRUN echo hi\r',
  tabs: 'FROM\talpine:3.20\n\tRUN\techo\thi\n',
  'unterminated quote': 'FROM alpine:3.20\nRUN echo "hello\nCMD ["a", "b\n',
  'unterminated heredoc': 'FROM alpine:3.20\nRUN <<EOF\necho hi\n',
  'backtick escape': '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\\nCOPY C:\\src\\app C:\\app\\\n',
  'windows paths': 'FROM alpine:3.20\nWORKDIR C:\\app\nCOPY .\\src\\ C:\\app\\\n',
  'continuation at EOF': 'FROM alpine:3.20\nRUN echo \\',
  'flags without values': 'FROM --platform= alpine\nRUN --mount= --mount=type= --network echo\nCOPY --from= --chmod= a b\nHEALTHCHECK --interval= CMD\n',
  'deep yaml': 'services:\n' + '  '.repeat(1) + 'a:\n' + Array.from({ length: 300 }, (_, i) => '  '.repeat(i + 2) + `k${i}:`).join('\n') + '\n',
  'yaml alias bomb':
    'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nservices:\n  web:\n    image: x\n    command: *g\n',
  'broken yaml': 'services:\n  web:\n    image: [unclosed\n  db:\n   - : :\n\t tab: x\n',
  'every instruction empty': 'FROM\nRUN\nCMD\nLABEL\nMAINTAINER\nEXPOSE\nENV\nADD\nCOPY\nENTRYPOINT\nVOLUME\nUSER\nWORKDIR\nARG\nONBUILD\nSTOPSIGNAL\nHEALTHCHECK\nSHELL\n',
  'long line': 'FROM alpine:3.20\nRUN echo ' + 'x'.repeat(200_000) + '\n',
};

for (const kind of ['dockerfile', 'compose'] as DocumentKind[]) {
  for (const [name, text] of Object.entries(cases)) {
    test(`${kind}: ${name} lints without an exception, every range inside the text`, () => {
      const engine = new Engine({ workspace: new MemoryWorkspace({ '/ws/.dockerignore': '' }), strict: true });
      const path = kind === 'compose' ? '/ws/compose.yaml' : '/ws/Dockerfile';
      const findings = engine.lint({ path, text, kind });
      for (const f of findings) {
        assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId} range ${JSON.stringify(f.range)} outside 0..${text.length}`);
        assert.ok(f.message.en && f.message.ru, `${f.ruleId} message in both languages`);
      }
      // Hovering anywhere never throws either.
      for (let o = 0; o <= Math.min(text.length, 400); o += 7) engine.hover({ path, text, kind }, o, 'en');
    });
  }
}

test('a file over the size limit gets one notice instead of analysis', () => {
  const text = 'FROM alpine:3.20\n' + 'RUN echo hello world\n'.repeat(260_000);
  assert.ok(text.length > 5_000_000);
  const findings = new Engine({ strict: true }).lint({ path: '/ws/Dockerfile', text, kind: 'dockerfile' });
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity]),
    [['FileTooLarge', 'info']],
  );
  assert.match(findings[0].message.en, /not checked/);
});
