// BuildKit's JSONArgsRecommended: shell-form CMD/ENTRYPOINT run under a shell that does not pass
// signals on; the fix writes the exec form (or the shell call spelled out when it needs a shell).
import { defineDockerfileRule } from '../../rule';
import { edit, type Span } from '../../text';
import { argumentText } from '../variables';
import { stageBase } from '../images';
import type { DfInstruction, DockerfileModel } from '../model';

/** Characters that make a command need a shell when unquoted. */
const SHELL_CHARS = '|&;<>()$`*?[]{}~#!\n';
/** First words that are shell keywords or builtins, not programs. */
const SHELL_WORDS = new Set(['if', 'then', 'for', 'while', 'until', 'case', 'do', 'exec', 'cd', 'export', 'source', '.', 'set', 'eval', 'trap', 'ulimit', 'umask', 'unset', 'test', '[', 'time', 'function', '{', '!']);

/** The argv a shell would build from `cmd`, or null when it uses shell syntax (variables, pipes, globs…). */
export function plainArgv(cmd: string): string[] | null {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let sawEq = false;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i];
    if (c === ' ' || c === '\t') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
      continue;
    }
    if (c === "'") {
      const j = cmd.indexOf("'", i + 1);
      if (j < 0) return null;
      cur += cmd.slice(i + 1, j);
      i = j;
      inWord = true;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      for (; j < cmd.length && cmd[j] !== '"'; j++) {
        if (cmd[j] === '$' || cmd[j] === '`') return null;
        if (cmd[j] === '\\' && j + 1 < cmd.length && '"\\$`'.includes(cmd[j + 1])) j++;
        cur += cmd[j];
      }
      if (j >= cmd.length) return null;
      i = j;
      inWord = true;
      continue;
    }
    if (c === '\\') {
      if (i + 1 >= cmd.length) return null;
      cur += cmd[++i];
      inWord = true;
      continue;
    }
    if (SHELL_CHARS.includes(c)) return null;
    if (c === '=' && words.length === 0) sawEq = true;
    cur += c;
    inWord = true;
  }
  if (inWord) words.push(cur);
  if (!words.length || sawEq || SHELL_WORDS.has(words[0])) return null;
  return words;
}

/** The shell a stage's shell-form commands run under: an explicit SHELL (here or in a parent stage) or null. */
function explicitShell(file: DockerfileModel, ins: DfInstruction): boolean {
  const seen = new Set<number>();
  let s: number | null = ins.stageIndex;
  let limit = ins.index;
  while (s !== null && s >= 0 && !seen.has(s)) {
    seen.add(s);
    if (file.stages[s].instructions.some((i) => i.keyword === 'SHELL' && i.index < limit)) return true;
    s = file.stages[s].parentStage;
    limit = Infinity;
  }
  return false;
}

/** Exec form written over continued lines (the model only reads it on one line). */
function isJsonArray(text: string): boolean {
  if (!text.startsWith('[')) return false;
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}

interface Data {
  keyword: string;
  argv: string[] | null;
  command: string;
  windows: boolean;
  args: Span;
}

export default defineDockerfileRule<Data>({
  id: 'JSONArgsRecommended',
  severity: 'warning',
  aliases: { hadolint: ['DL3025'] },
  message: (d) => ({
    en: `Use the JSON (exec) form for ${d.keyword}: in shell form the program runs under a shell and does not receive stop signals.`,
    ru: `Используйте JSON-форму (exec) для ${d.keyword}: в shell-форме программа запускается из-под оболочки и не получает сигналы остановки.`,
  }),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if ((ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') || ins.stageIndex < 0) continue;
      if (!ins.argsSpan || ins.execForm || ins.heredocs.length) continue;
      if (explicitShell(file, ins)) continue;
      const command = argumentText(file, ins).text.trim();
      if (!command || isJsonArray(command)) continue;
      const windows = stageBase(file, ins.stageIndex).image.family === 'windows';
      report(ins.argsSpan, { data: { keyword: ins.keyword, argv: plainArgv(command), command, windows, args: ins.argsSpan } });
    }
  },
  fixes({ data }) {
    const json = (a: string[]) => '[' + a.map((s) => JSON.stringify(s)).join(', ') + ']';
    if (data.argv) {
      return [{ title: { en: 'Convert to exec form', ru: 'Перевести в exec-форму' }, edits: [edit.replace(data.args, json(data.argv))], preferred: true }];
    }
    const shell = data.windows ? ['cmd', '/S', '/C'] : ['/bin/sh', '-c'];
    return [
      {
        title: { en: `Write it as ${json(shell)} with the command`, ru: `Записать как ${json(shell)} с командой` },
        edits: [edit.replace(data.args, json([...shell, data.command]))],
      },
    ];
  },
});
