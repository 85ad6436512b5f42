// A RUN that only fetches one file with curl/wget needs the tool in the image and re-downloads on
// every cache miss; `ADD --checksum=sha256:… <url> <dest>` fetches, verifies and caches it itself.
import { defineDockerfileRule } from '../../rule';
import { flagValue, hasFlag, positionals, type ShCommand } from '../shell';
import { runsOf } from '../runEdits';

const URL = /^https?:\/\//i;

/** The file a lone curl/wget writes, or null when it does something else (prints, pipes, posts). */
function downloadTarget(cmd: ShCommand): string | null {
  const urls = positionals(cmd).filter((w) => URL.test(w.value));
  if (urls.length !== 1) return null;
  if (cmd.name === 'curl') {
    if (hasFlag(cmd, '-d', '--data', '-F', '--form', '-X', '--request', '-T', '--upload-file', '-K', '--config')) return null;
    const out = flagValue(cmd, '-o', '--output');
    if (out) return out.value === '/dev/null' || out.value === '-' ? null : out.value;
    return hasFlag(cmd, '-O', '--remote-name') ? urls[0].value.replace(/[?#].*$/, '').split('/').pop() || null : null;
  }
  if (cmd.name === 'wget') {
    if (hasFlag(cmd, '--post-data', '--post-file', '-r', '--recursive', '-i', '--input-file')) return null;
    const out = flagValue(cmd, '-O', '--output-document');
    if (out) return out.value === '-' || out.value === '/dev/null' ? null : out.value;
    return urls[0].value.replace(/[?#].*$/, '').split('/').pop() || null;
  }
  return null;
}

export default defineDockerfileRule({
  id: 'PreferAddChecksum',
  severity: 'hint',
  message: {
    en: 'This RUN only downloads a file. `ADD --checksum=sha256:<hash> <url> <dest>` does it without curl/wget in the image and verifies the file.',
    ru: 'Этот RUN только скачивает файл. `ADD --checksum=sha256:<хеш> <url> <путь>` сделает то же без curl/wget в образе и проверит файл.',
  },
  check({ file, report }) {
    for (const { run } of runsOf(file)) {
      if (run.execForm) continue;
      const cmds = run.commands;
      if (!cmds.length || cmds.length > 2 || cmds.some((c) => c.depth > 0 || c.redirects.length)) continue;
      const [first, second] = cmds;
      const target = downloadTarget(first);
      if (!target || first.next === '|') continue;
      // `… && chmod +x <file>` is what `ADD --chmod` does.
      if (second && !(second.name === 'chmod' && second.argv.some((w) => w.value === target || target.endsWith('/' + w.value) || w.value.endsWith('/' + target)))) continue;
      report(first.argv[0].span);
    }
  },
});
