// Tokenizer tests: whole command lists for tricky RUN lines, plus a differential check against shell-quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as shellQuoteParse } from 'shell-quote';
import { parseDockerfile } from './model';
import { findCommand, flagValue, hasFlag, packageInstalls, parseShell, positionals, shellOf } from './shell';

function commandsOf(dockerfile: string, index = 1) {
  const file = parseDockerfile(dockerfile);
  const run = shellOf(file, file.instructions[index])!;
  return run.commands.map((c) => ({
    argv: c.argv.map((w) => w.value),
    env: c.assignments.map((a) => `${a.name}=${a.value}`),
    wrappers: c.wrappers.map((w) => w.value),
    next: c.next,
    depth: c.depth,
    origin: c.origin,
    text: file.text.slice(c.span.start, c.span.end),
  }));
}

const cases: Array<{ name: string; file: string; index?: number; want: Array<Partial<ReturnType<typeof commandsOf>[number]>> }> = [
  {
    name: 'continuations, comment lines, chains and quotes',
    file: 'FROM debian\nRUN apt-get update && \\\n    # a comment line\n    apt-get -qq install -y "a b" curl; echo \'x && y\' || true # trailing\n',
    want: [
      { argv: ['apt-get', 'update'], next: '&&', text: 'apt-get update' },
      { argv: ['apt-get', '-qq', 'install', '-y', 'a b', 'curl'], next: ';', text: 'apt-get -qq install -y "a b" curl' },
      { argv: ['echo', 'x && y'], next: '||' },
      { argv: ['true'], next: null },
    ],
  },
  {
    name: 'env wrapper, assignments, pipes and command substitution',
    file: 'FROM golang\nRUN env CGO_ENABLED=0 GOOS=linux go build -o /x . | tee log && V=$(apk --update add foo)\n',
    want: [
      { argv: ['go', 'build', '-o', '/x', '.'], env: ['CGO_ENABLED=0', 'GOOS=linux'], wrappers: ['env'], next: '|' },
      { argv: ['tee', 'log'], next: '&&' },
      { argv: [], env: ['V=$(apk --update add foo)'], next: null },
      { argv: ['apk', '--update', 'add', 'foo'], depth: 1 },
    ],
  },
  {
    name: 'exec form running sh -c',
    file: 'FROM python\nRUN ["sh", "-c", "pip3 install --user -r req.txt && npm ci --omit=dev"]\n',
    want: [
      { argv: ['sh', '-c', 'pip3 install --user -r req.txt && npm ci --omit=dev'], origin: 'exec' },
      { argv: ['pip3', 'install', '--user', '-r', 'req.txt'], depth: 1, next: '&&', text: 'pip3 install --user -r req.txt' },
      { argv: ['npm', 'ci', '--omit=dev'], depth: 1, text: 'npm ci --omit=dev' },
    ],
  },
  {
    name: 'heredoc script, with a nested heredoc that is data',
    file: 'FROM debian\nRUN <<EOF\nset -e\napt-get install -y vim\ncat <<X > /f\napt-get install nothing\nX\nEOF\n',
    want: [
      { argv: [], origin: 'shell', text: '<<EOF' },
      { argv: ['set', '-e'], origin: 'heredoc', next: '\n' },
      { argv: ['apt-get', 'install', '-y', 'vim'], origin: 'heredoc', next: '\n' },
      { argv: ['cat'], origin: 'heredoc', text: 'cat <<X > /f' },
    ],
  },
  {
    name: 'a heredoc fed to python is not shell',
    file: 'FROM python\nRUN python3 <<EOF\nimport os; os.system("apt-get install x")\nEOF\n',
    want: [{ argv: ['python3'], text: 'python3 <<EOF' }],
  },
  {
    name: 'compound commands and sudo',
    file: 'FROM debian\nRUN if [ -f x ]; then sudo -u app make; else for f in a b; do rm $f; done; fi\n',
    want: [
      { argv: ['[', '-f', 'x', ']'], next: ';' },
      { argv: ['make'], wrappers: ['sudo'], next: ';' },
      { argv: ['rm', '$f'], next: ';' },
    ],
  },
  {
    name: 'case patterns are not commands; the list goes on after esac',
    file: 'FROM debian\nRUN case "$arch" in amd64 | arm64) echo a ;; *) echo b ;; esac; rm -rf /var/lib/apt/lists/*\n',
    want: [
      { argv: ['echo', 'a'], next: ';' },
      { argv: ['echo', 'b'], next: ';' },
      { argv: ['rm', '-rf', '/var/lib/apt/lists/*'], next: null },
    ],
  },
  {
    name: 'backtick escape (Windows-style files keep working)',
    file: '# escape=`\nFROM alpine\nRUN echo a && `\n    echo b\n',
    want: [
      { argv: ['echo', 'a'], next: '&&' },
      { argv: ['echo', 'b'], next: null },
    ],
  },
];

for (const c of cases) {
  test(`shell: ${c.name}`, () => {
    const got = commandsOf(c.file, c.index ?? (c.file.startsWith('#') ? 1 : 1));
    assert.equal(got.length, c.want.length, JSON.stringify(got, null, 1));
    c.want.forEach((w, k) => {
      const g = got[k] as Record<string, unknown>;
      for (const [key, value] of Object.entries(w)) assert.deepEqual(g[key], value, `${key} of command ${k}`);
    });
  });
}

test('shell: flags, subcommands and packages', () => {
  const file = parseDockerfile('FROM debian\nRUN apt-get -o Dpkg::Options::=--force-confold -qy install --no-install-recommends curl=7.* git && apk --update add jq\n');
  const run = shellOf(file, file.instructions[1])!;
  const apt = findCommand(run, 'apt-get', 'install')[0];
  assert.deepEqual(positionals(apt).map((w) => w.value), ['install', 'curl=7.*', 'git']);
  assert.deepEqual([hasFlag(apt, '-y'), hasFlag(apt, '--yes'), hasFlag(apt, '--no-install-recommends'), hasFlag(apt, '-f')], [true, false, true, false]);
  assert.equal(findCommand(run, 'apk', 'add').length, 1);
  assert.deepEqual(packageInstalls(run).map((p) => [p.manager, p.packages.map((w) => w.value)]), [['apt', ['curl=7.*', 'git']], ['apk', ['jq']]]);
  const pip = parseShell('pip install -rrequirements.txt --requirement=dev.txt')[0];
  assert.deepEqual(flagValue(pip, '-r', '--requirement'), { value: 'requirements.txt', span: { start: 14, end: 30 } });
});

test('shell: spans point at the exact source text', () => {
  const text = 'FROM debian\nRUN  X=1 \\\n  apt-get   install \\\n     -y curl\n';
  const file = parseDockerfile(text);
  const cmd = shellOf(file, file.instructions[1])!.commands[0];
  assert.deepEqual(cmd.words.map((w) => text.slice(w.span.start, w.span.end)), ['apt-get', 'install', '-y', 'curl']);
  assert.equal(text.slice(cmd.span.start, cmd.span.end), 'X=1 \\\n  apt-get   install \\\n     -y curl');
});

test('shell: agrees with shell-quote on plain words', () => {
  const samples = [
    `apt-get install -y 'a b' "c d" e\\ f`,
    `npm ci --omit=dev && node -e 'console.log(1)'`,
    `echo "it's" 'say "hi"' plain`,
    `a | b ; c || d && e`,
  ];
  for (const s of samples) {
    const ours = parseShell(s).flatMap((c) => c.words.map((w) => w.value));
    const theirs = shellQuoteParse(s).filter((t): t is string => typeof t === 'string');
    assert.deepEqual(ours, theirs, s);
  }
});

test('shell: never throws on junk', () => {
  for (const junk of ['"unterminated', "'x", '$(', '`', '<<', 'a &&', '\u0000\uFFFF', '${', '((', ')))', 'case x in', '\\']) {
    assert.doesNotThrow(() => parseShell(junk));
    const file = parseDockerfile(`FROM a\nRUN ${junk}\n`);
    assert.doesNotThrow(() => shellOf(file, file.instructions[1]));
  }
});
