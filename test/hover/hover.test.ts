// Hovers for every row of the knowledge map: hover the token, check the documentation shown, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine, MemoryWorkspace, detectKind } from '../../server/src/engine/index';
import { docFor } from '../../server/src/engine/docs';
import { parseFixture, dedent } from '../harness/fixture';
import type { Locale } from '../../server/src/engine/locale';

function hover(src: string, locale: Locale, defaultPath = '/ws/Dockerfile') {
  const files = parseFixture(dedent(src), defaultPath);
  const main = files[0];
  assert.ok(main.cursor !== undefined, 'fixture needs a $0 cursor');
  const engine = new Engine({ workspace: new MemoryWorkspace(Object.fromEntries(files.map((f) => [f.path, f.text]))), strict: true });
  return engine.hover({ path: main.path, text: main.text, kind: detectKind(main.path) }, main.cursor!, locale);
}

/** [fixture, the doc key whose text the hover must contain]. */
const docCases: Array<[string, string, string?]> = [
  ['FR$0OM alpine:3.20\n', 'dockerfile/instruction.FROM'],
  ['FROM alpine:3.20\nR$0UN echo hi\n', 'dockerfile/instruction.RUN'],
  ['FROM alpine:3.20\nCOPY $0. /app\n', 'dockerfile/context.dockerignore'],
  ['FROM alpine:3.20\nADD ./$0 /app/\n', 'dockerfile/context.dockerignore'],
  ['FROM alpine:3.20\nCO$0PY . /app\n', 'dockerfile/instruction.COPY'],
  ['FROM alpine:3.20\nA$0DD a.tar.gz /x/\n', 'dockerfile/instruction.ADD'],
  ['FROM alpine:3.20\nMAINT$0AINER me\n', 'dockerfile/instruction.MAINTAINER'],
  ['FROM alpine:3.20\nEXP$0OSE 80\n', 'dockerfile/instruction.EXPOSE'],
  ['FROM alpine:3.20\nVOL$0UME /data\n', 'dockerfile/instruction.VOLUME'],
  ['FROM alpine:3.20\nUS$0ER app\n', 'dockerfile/instruction.USER'],
  ['FROM alpine:3.20\nHEALTH$0CHECK CMD wget -qO- localhost\n', 'dockerfile/instruction.HEALTHCHECK'],
  ['AR$0G V=1\nFROM alpine:$V\n', 'dockerfile/instruction.ARG'],
  ['FROM alpine:3.20\nRUN --mo$0unt=type=cache,target=/root/.cache true\n', 'dockerfile/flag.RUN.mount'],
  ['FROM alpine:3.20\nRUN --mount=ty$0pe=cache,target=/root/.cache true\n', 'dockerfile/mount.cache'],
  ['FROM alpine:3.20\nRUN --mount=type=cache,target=/c,shar$0ing=locked true\n', 'dockerfile/mount.cache.sharing'],
  ['FROM alpine:3.20\nRUN --mount=type=cache,ds$0t=/c true\n', 'dockerfile/mount.cache.target'],
  ['FROM alpine:3.20\nRUN --mount=type=secret,i$0d=npmrc true\n', 'dockerfile/mount.secret.id'],
  ['FROM alpine:3.20\nRUN --mount=type=ssh,requ$0ired=true true\n', 'dockerfile/mount.ssh.required'],
  ['FROM alpine:3.20\nRUN --mount=targ$0et=/src true\n', 'dockerfile/mount.bind.target'],
  ['FROM alpine:3.20\nRUN --mount=type=tmpfs,si$0ze=64m,target=/t true\n', 'dockerfile/mount.tmpfs.size'],
  ['FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --fr$0om=b /x /x\n', 'dockerfile/flag.COPY.from'],
  ['FROM alpine:3.20\nHEALTHCHECK --inter$0val=30s CMD true\n', 'dockerfile/flag.HEALTHCHECK.interval'],
  ['FROM --plat$0form=$BUILDPLATFORM golang:1.22\n', 'dockerfile/flag.FROM.platform'],
  ['# syn$0tax=docker/dockerfile:1\nFROM alpine:3.20\n', 'dockerfile/directive.syntax'],
  ['# esc$0ape=`\nFROM alpine:3.20\n', 'dockerfile/directive.escape'],
  ['# check=sk$0ip=JSONArgsRecommended\nFROM alpine:3.20\n', 'dockerfile/directive.check.skip'],
  ['# check=skip=CopyToNon$0Directory\nFROM alpine:3.20\n', 'rule/dockerfile/CopyToNonDirectory'],
  ['FROM alpine:3.20\n# dockwise-ignore CopyToNon$0Directory\nCOPY a b /x\n', 'rule/dockerfile/CopyToNonDirectory'],
  ['FROM alpine:3.20\n# hadolint ignore=DL30$021\nCOPY a b /x\n', 'rule/dockerfile/CopyToNonDirectory'],
  ['FROM scr$0atch\n', 'dockerfile/image.scratch'],
  ['FROM gcr.io/distroless/stat$0ic-debian12:nonroot\n', 'dockerfile/image.distroless'],
  ['FROM alp$0ine:3.20\n', 'dockerfile/image.alpine'],
  ['FROM alp$0ine:3.20\n', 'dockerfile/tag.pinned'],
  ['FROM python:3.12-sl$0im\n', 'dockerfile/image.slim'],
  ['FROM gol$0ang:1.22\n', 'dockerfile/image.sdk'],
  ['FROM ubun$0tu:latest\n', 'dockerfile/tag.latest'],
  ['FROM ubun$0tu\n', 'dockerfile/tag.none'],
  ['FROM alpine@sha256:$0' + 'a'.repeat(64) + '\n', 'dockerfile/tag.digest'],
];

const composeCases: Array<[string, string]> = [
  ['serv$0ices:\n  web:\n    image: nginx:1.27\n', 'compose/services'],
  ['services:\n  web:\n    bu$0ild:\n      context: .\n', 'compose/services._.build'],
  ['services:\n  web:\n    build:\n      con$0text: .\n', 'compose/services._.build.context'],
  ['services:\n  web:\n    build:\n      context: .\n      tar$0get: prod\n', 'compose/services._.build.target'],
  ['services:\n  web:\n    ima$0ge: nginx:1.27\n', 'compose/services._.image'],
  ['services:\n  web:\n    image: nginx:1.27\n    po$0rts: ["127.0.0.1:8080:80"]\n', 'compose/services._.ports'],
  ['services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        publ$0ished: "8080"\n', 'compose/services._.ports.published'],
  ['services:\n  web:\n    image: nginx:1.27\n    volu$0mes: [data:/data]\nvolumes:\n  data: {}\n', 'compose/services._.volumes'],
  ['services:\n  web:\n    image: nginx:1.27\n    tmp$0fs: /run\n', 'compose/services._.tmpfs'],
  ['services:\n  web:\n    image: nginx:1.27\n    netw$0orks: [back]\nnetworks:\n  back: {}\n', 'compose/services._.networks'],
  ['services:\n  web:\n    image: nginx:1.27\nnetworks:\n  back:\n    dri$0ver: bridge\n', 'compose/networks._.driver'],
  ['services:\n  web:\n    image: nginx:1.27\nnetworks:\n  back:\n    driver: over$0lay\n', 'compose/networks._.driver=overlay'],
  ['services:\n  web:\n    image: nginx:1.27\n    net$0work_mode: host\n', 'compose/services._.network_mode'],
  ['services:\n  web:\n    image: nginx:1.27\n    depen$0ds_on: [db]\n  db:\n    image: postgres:16\n', 'compose/services._.depends_on'],
  ['services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        cond$0ition: service_healthy\n  db:\n    image: postgres:16\n', 'compose/services._.depends_on._.condition'],
  ['services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_hea$0lthy\n  db:\n    image: postgres:16\n', 'compose/services._.depends_on._.condition=service_healthy'],
  ['services:\n  db:\n    image: postgres:16\n    health$0check:\n      test: ["CMD", "pg_isready"]\n', 'compose/services._.healthcheck'],
  ['services:\n  db:\n    image: postgres:16\n    healthcheck:\n      te$0st: ["CMD", "pg_isready"]\n', 'compose/services._.healthcheck.test'],
  ['services:\n  db:\n    image: postgres:16\n    healthcheck:\n      inter$0val: 10s\n', 'compose/services._.healthcheck.interval'],
  ['services:\n  db:\n    image: postgres:16\n    healthcheck:\n      start_per$0iod: 10s\n', 'compose/services._.healthcheck.start_period'],
  ['services:\n  web:\n    image: nginx:1.27\n    envir$0onment:\n      A: b\n', 'compose/services._.environment'],
  ['services:\n  web:\n    image: nginx:1.27\n    env_fi$0le: .env\n', 'compose/services._.env_file'],
  ['services:\n  web:\n    image: nginx:1.27\n    secr$0ets: [token]\nsecrets:\n  token:\n    file: ./token.txt\n', 'compose/services._.secrets'],
  ['services:\n  web:\n    image: nginx:1.27\nsecr$0ets:\n  token:\n    file: ./token.txt\n', 'compose/secrets'],
  ['services:\n  web:\n    image: nginx:1.27\nconf$0igs:\n  c:\n    file: ./c.txt\n', 'compose/configs'],
  ['services:\n  web:\n    image: nginx:1.27\n    profi$0les: [debug]\n', 'compose/services._.profiles'],
  ['services:\n  web:\n    image: nginx:1.27\n    rest$0art: unless-stopped\n', 'compose/services._.restart'],
  ['services:\n  web:\n    image: nginx:1.27\n    restart: unless-sto$0pped\n', 'compose/services._.restart=unless-stopped'],
  ['services:\n  web:\n    image: nginx:1.27\n    logg$0ing:\n      driver: json-file\n', 'compose/services._.logging'],
  ['services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-fi$0le\n', 'compose/services._.logging.driver=json-file'],
  ['services:\n  web:\n    image: nginx:1.27\n    logging:\n      opti$0ons:\n        max-size: 10m\n', 'compose/services._.logging.options'],
  ['services:\n  web:\n    image: nginx:1.27\n    mem_li$0mit: 512m\n', 'compose/services._.mem_limit'],
  ['services:\n  web:\n    image: nginx:1.27\n    cp$0us: 0.5\n', 'compose/services._.cpus'],
  ['services:\n  web:\n    image: nginx:1.27\n    pids_lim$0it: 100\n', 'compose/services._.pids_limit'],
  ['services:\n  web:\n    image: nginx:1.27\n    deploy:\n      resour$0ces:\n        limits:\n          memory: 512m\n', 'compose/services._.deploy.resources'],
  ['services:\n  web:\n    image: nginx:1.27\n    privi$0leged: false\n', 'compose/services._.privileged'],
  ['services:\n  web:\n    image: nginx:1.27\n    cap_a$0dd: [NET_BIND_SERVICE]\n', 'compose/services._.cap_add'],
  ['services:\n  web:\n    image: nginx:1.27\n    cap_dr$0op: [ALL]\n', 'compose/services._.cap_drop'],
  ['services:\n  web:\n    image: nginx:1.27\n    security_o$0pt: ["no-new-privileges:true"]\n', 'compose/services._.security_opt'],
  ['services:\n  web:\n    image: nginx:1.27\n    exp$0ose: ["80"]\n', 'compose/services._.expose'],
  ['vers$0ion: "3.9"\nservices:\n  web:\n    image: nginx:1.27\n', 'compose/version'],
  ['services:\n  web:\n    image: nginx:1.27\n    stdin_o$0pen: true\n', 'compose/services._.stdin_open'],
];

for (const locale of ['en', 'ru'] as Locale[]) {
  for (const [src, key] of [...docCases, ...composeCases.map(([s, k]) => [s, k] as [string, string])]) {
    if (!key) continue;
    const isCompose = key.startsWith('compose/');
    test(`${locale}: hover shows ${key}`, () => {
      const expected = docFor(key, locale);
      assert.ok(expected, `no ${locale} doc for ${key}`);
      const h = hover(src, locale, isCompose ? '/ws/compose.yaml' : '/ws/Dockerfile');
      assert.ok(h, `no hover for ${key}`);
      assert.ok(h.markdown.includes(expected.trim()), `hover for ${key} does not hold its doc:\n${h.markdown.slice(0, 300)}`);
    });
  }
}

test('a stage name shows its FROM line and where it is used', () => {
  const h = hover('FROM golang:1.22 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=bu$0ild /app /app\n', 'en')!;
  assert.equal(h.markdown, '**Stage 0**, line 1\n\n```dockerfile\nFROM golang:1.22 AS build\n```\n\nUsed on line 4.');
});

test('a variable shows its value and where it was declared', () => {
  const h = hover('ARG GO=1.22\nFROM golang:${G$0O}\nUSER nobody\n', 'en')!;
  assert.equal(h.markdown, '`GO` — value `1.22`; declared by ARG on line 1.');
  const ru = hover('FROM alpine:3.20\nENV APP_HOME=/srv\nWORKDIR $APP_$0HOME\nUSER nobody\n', 'ru')!;
  assert.equal(ru.markdown, '`APP_HOME` — значение `/srv`; объявлена в ENV на строке 2.');
});

test('compose ${VAR} shows its value from .env and the file it came from', () => {
  const src = `
  //- /ws/compose.yaml
  services:
    web:
      image: "nginx:\${TA$0G}"
  //- /ws/.env
  TAG=1.27
  //- /ws/.gitignore
  .env
  `;
  const h = hover(src, 'en', '/ws/compose.yaml')!;
  assert.equal(h.markdown, '`TAG` = `1.27` — from `.env`:1');
  const d = hover('services:\n  web:\n    image: "nginx:${TAG:-1.2$07}"\n', 'en', '/ws/compose.yaml')!;
  assert.match(d.markdown, /not in \.env; compose uses `1\.27` \(the default\)/);
});

test('a service name in depends_on shows that service', () => {
  const h = hover('services:\n  web:\n    image: nginx:1.27\n    depends_on: [a$0pi]\n  api:\n    image: example/api:1.4\n', 'en', '/ws/compose.yaml')!;
  assert.equal(h.markdown, 'Service `api` — line 5\n\n```yaml\n  api:\n    image: example/api:1.4\n```');
});

test('file text in hovers is escaped: no HTML, links or command URIs from the file', () => {
  // Outside code spans and blocks (which Markdown shows literally) nothing of the file may remain active.
  const prose = (md: string) => md.replace(/```[\s\S]*?```/g, '').replace(/(`+)[\s\S]*?\1/g, '');
  const h = hover('FROM golang:1.22 AS <img src=x>\nFROM scratch\nCOPY --from=<img$0 src=x> /a /a\n', 'en');
  if (h) assert.doesNotMatch(prose(h.markdown), /<img/);
  const v = hover('ARG X="[click](command:workbench.action.quit)"\nFROM alpine:3.20\nARG X\nRUN echo\nLABEL a=$$0X\n', 'en')!;
  assert.match(v.markdown, /`\[click\]\(command:workbench\.action\.quit\)`/);
  assert.doesNotMatch(prose(v.markdown), /command:/);
  const s = hover('services:\n  web:\n    image: "x:${TA$0G}"\n    depends_on: ["<b>x</b>"]\n', 'en', '/ws/compose.yaml')!;
  assert.doesNotMatch(prose(s.markdown), /<b>/);
});

test('a finding under the cursor leads to its rule documentation', () => {
  const h = hover('FROM alpine:3.20\nCOPY a b /a$0pp\nUSER nobody\n', 'en')!;
  assert.match(h.markdown, /^\*\*CopyToNonDirectory\*\* — When `COPY` or `ADD` is given more than one source/m);
  const ru = hover('FROM alpine:3.20\nCOPY a b /a$0pp\nUSER nobody\n', 'ru')!;
  assert.match(ru.markdown, /^\*\*CopyToNonDirectory\*\* — Если у `COPY` или `ADD` несколько источников/m);
});
