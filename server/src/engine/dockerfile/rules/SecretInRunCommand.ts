// A password or token typed on a RUN line is saved in the image history (`docker history`) and in
// every layer cache; build secrets belong in `RUN --mount=type=secret`.
import { defineDockerfileRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import type { Span } from '../../text';
import type { ShCommand, ShWord } from '../shell';
import { runsOf } from '../runEdits';

/** Variable names that say they hold a secret (the `_FILE` forms point at a file instead). */
const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH|CREDENTIALS?)(_|$)/i;
const NOT_SECRET_NAME = /_(FILE|PATH|DIR|URL|ID|NAME|USER|LENGTH|TTL|EXPIRY|TYPE)$/i;
/** Long flags whose value is a secret. */
const SECRET_FLAGS = ['--password', '--passwd', '--token', '--api-key', '--apikey', '--secret', '--client-secret', '--access-token', '--auth-token', '--private-key-password'];
const AUTH_HEADER = /^(authorization|proxy-authorization|x-api-key|private-token|x-auth-token|x-access-token)\s*:\s*(.+)$/i;
const DATA_COMMANDS = new Set(['echo', 'printf', 'cat', 'tee']);
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^/\s@]+)@/i;

/** A value typed literally: not an expansion, not a placeholder, not a yes/no. */
function isLiteral(value: string): boolean {
  const v = value.trim();
  if (v.length < 4 || /\$|`/.test(v)) return false;
  if (/^(true|false|yes|no|none|null|changeme|secret|password|<.*>|\*+|x+)$/i.test(v)) return false;
  // Build-time stand-ins (`SECRET_KEY=dummy manage.py collectstatic`) are not real secrets.
  if (/dummy|placeholder|example|changeme|fake|not.?(a.?)?secret|insecure|sample|build.?only/i.test(v)) return false;
  return !/^\/(run|tmp|etc)\//.test(v);
}

interface Hit {
  span: Span;
  what: string;
}

function wordHits(cmd: ShCommand): Hit[] {
  const hits: Hit[] = [];
  const args = cmd.argv;
  for (const a of cmd.assignments) {
    if (SECRET_NAME.test(a.name) && !NOT_SECRET_NAME.test(a.name) && isLiteral(a.value)) hits.push({ span: a.span, what: a.name });
  }
  if (cmd.name === 'export') {
    for (const w of args.slice(1)) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w.value);
      if (m && SECRET_NAME.test(m[1]) && !NOT_SECRET_NAME.test(m[1]) && isLiteral(m[2])) hits.push({ span: w.span, what: m[1] });
    }
  }
  // What echo/printf print is data, not options of a tool.
  if (DATA_COMMANDS.has(cmd.name)) return hits;
  for (let k = 1; k < args.length; k++) {
    const w = args[k];
    const v = w.value;
    const flag = SECRET_FLAGS.find((f) => v === f || v.startsWith(f + '='));
    if (flag) {
      const value: ShWord | undefined = v === flag ? args[k + 1] : { ...w, value: v.slice(flag.length + 1) };
      if (value && !value.value.startsWith('-') && isLiteral(value.value)) hits.push({ span: w.span, what: flag });
      continue;
    }
    const header = (v === '-H' || v === '--header') && args[k + 1] ? args[k + 1].value : /^--header=/.test(v) ? v.slice(9) : null;
    if (header !== null) {
      const m = AUTH_HEADER.exec(header);
      const cred = m ? m[2].replace(/^(bearer|basic|token)\s+/i, '') : '';
      if (m && isLiteral(cred)) hits.push({ span: v.startsWith('--header=') ? w.span : args[k + 1].span, what: `${m[1]} header` });
      continue;
    }
    const u = URL_CREDENTIALS.exec(v);
    if (u && isLiteral(u[1])) hits.push({ span: w.span, what: 'URL credentials' });
    // curl -u user:password
    if ((cmd.name === 'curl' && (v === '-u' || v === '--user')) && args[k + 1]) {
      const pass = args[k + 1].value.split(':').slice(1).join(':');
      if (pass && isLiteral(pass)) hits.push({ span: args[k + 1].span, what: 'curl --user' });
    }
  }
  return hits;
}

const MESSAGE: Msg = {
  en: 'The value of {what} is written on the RUN line, so it stays in the image history. Pass it with `--mount=type=secret` instead.',
  ru: 'Значение {what} записано прямо в строке RUN и останется в истории образа. Передавайте его через `--mount=type=secret`.',
};

export default defineDockerfileRule<{ what: string }>({
  id: 'SecretInRunCommand',
  severity: 'warning',
  message: (d) => fill(MESSAGE, { what: d?.what ?? 'A secret' }),
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      for (const cmd of run.commands) for (const h of wordHits(cmd)) report(h.span, { data: { what: '`' + h.what + '`' } });
    }
  },
});
