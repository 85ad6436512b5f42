// An instruction without the arguments it needs: BuildKit stops with "requires at least one argument"
// and the like (COPY with one word, bare FROM, `HEALTHCHECK CMD` with nothing after it).
import { defineDockerfileRule } from '../../rule';
import { fill, type Msg } from '../../locale';
import { argsBeforeHeredocs, isInstruction, leadingFlagWords } from '../syntax';
import type { DfInstruction } from '../model';
import type { Span } from '../../text';

type Problem = 'none' | 'copyDest' | 'healthType' | 'healthCmd' | 'healthNone' | 'envValue';

interface Data {
  keyword: string;
  problem: Problem;
  value?: string;
}

const messages: Record<Problem, Msg> = {
  none: { en: '{keyword} needs an argument.', ru: '{keyword} требует аргумента.' },
  copyDest: {
    en: '{keyword} needs a source and a destination; with one argument there is nowhere to copy to.',
    ru: '{keyword} требует источник и место назначения; с одним аргументом копировать некуда.',
  },
  healthType: { en: 'HEALTHCHECK takes CMD <command> or NONE, not "{value}".', ru: 'HEALTHCHECK принимает CMD <команда> или NONE, а не «{value}».' },
  healthCmd: { en: 'HEALTHCHECK CMD needs the command to run.', ru: 'После HEALTHCHECK CMD нужна команда проверки.' },
  healthNone: { en: 'HEALTHCHECK NONE takes no arguments.', ru: 'HEALTHCHECK NONE не принимает аргументов.' },
  envValue: {
    en: '{keyword} {value} has no value: write {value}=<value>.',
    ru: 'У {keyword} {value} нет значения: напишите {value}=<значение>.',
  },
};

/** Instructions BuildKit refuses without arguments. RUN, CMD and ENTRYPOINT may be empty. */
const NEEDS_ARGS = ['ADD', 'ARG', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

function problem(ins: DfInstruction): { span: Span; data: Data } | null {
  const k = ins.keyword;
  const at = (span: Span, p: Problem, value?: string) => ({ span, data: { keyword: ins.keywordRaw, problem: p, value } });
  if (!NEEDS_ARGS.includes(k)) return null;
  const flagWords = leadingFlagWords(ins).length;
  const args = k === 'COPY' || k === 'ADD' ? argsBeforeHeredocs(ins) : ins.args.slice(k === 'FROM' || k === 'HEALTHCHECK' ? 0 : flagWords);
  const count = ins.execForm ? ins.execForm.length : args.length;
  if (count === 0 && !(k === 'SHELL' && ins.execForm)) return at(ins.keywordSpan, 'none');
  if ((k === 'COPY' || k === 'ADD') && count === 1) return at(ins.execForm ? ins.argsSpan! : args[0].span, 'copyDest');
  if (k === 'HEALTHCHECK') {
    const type = args[0].value.toUpperCase();
    if (type === 'NONE' && args.length > 1) return at({ start: args[1].span.start, end: args[args.length - 1].span.end }, 'healthNone');
    if (type !== 'NONE' && type !== 'CMD') return at(args[0].span, 'healthType', args[0].value);
    if (type === 'CMD') {
      const rest = args.slice(1);
      const restText = rest.map((a) => a.value).join(' ').trim();
      if (!restText || restText === '[]') return at(args[0].span, 'healthCmd');
    }
  }
  if ((k === 'ENV' || k === 'LABEL') && args.length === 1 && !args[0].value.includes('=')) {
    return at(args[0].span, 'envValue', args[0].value);
  }
  return null;
}

export default defineDockerfileRule<Data>({
  id: 'MissingArguments',
  severity: 'error',
  message: (d) => fill(messages[d.problem], { keyword: d.keyword, value: d.value ?? '' }),
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (!isInstruction(ins.keyword)) continue;
      const p = problem(ins);
      if (p) report(p.span, { data: p.data });
    }
  },
});
