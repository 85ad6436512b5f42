// YamlSyntax: every YAML error and warning of the file, each at its own place (not only the first).
import { defineComposeRule } from '../../rule';
import type { Msg } from '../../locale';

/** Our words for the YAML library's error codes; its own English text follows as the detail. */
const explain: Record<string, Msg> = {
  BAD_INDENT: { en: 'Bad indentation', ru: 'Неверный отступ' },
  TAB_AS_INDENT: { en: 'A tab used for indentation (YAML allows only spaces)', ru: 'Отступ табуляцией (YAML допускает только пробелы)' },
  MISSING_CHAR: { en: 'A closing character is missing', ru: 'Не хватает закрывающего символа' },
  MULTILINE_IMPLICIT_KEY: { en: 'A key must fit on one line (is a ":" missing?)', ru: 'Ключ должен умещаться в одну строку (не пропущено ли «:»?)' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'A block cannot be used as a key', ru: 'Блок нельзя использовать как ключ' },
  UNEXPECTED_TOKEN: { en: 'Unexpected text', ru: 'Неожиданный текст' },
  BAD_SCALAR_START: { en: 'A plain value cannot start with this character; quote it', ru: 'Значение без кавычек не может начинаться с этого символа; возьмите его в кавычки' },
  BAD_DQ_ESCAPE: { en: 'Invalid escape in a double-quoted string', ru: 'Неверная escape-последовательность в строке в двойных кавычках' },
  BAD_ALIAS: { en: 'An alias to an anchor that is not defined above', ru: 'Ссылка (alias) на якорь, который выше не определён' },
  BLOCK_IN_FLOW: { en: 'Block syntax inside a flow collection ([…] or {…})', ru: 'Блочный синтаксис внутри [...] или {...}' },
  MULTIPLE_DOCS: { en: 'Several YAML documents in one compose file', ru: 'Несколько YAML-документов в одном compose-файле' },
  KEY_OVER_1024_CHARS: { en: 'A key longer than 1024 characters', ru: 'Ключ длиннее 1024 символов' },
  TAG_RESOLVE_FAILED: { en: 'An unknown tag', ru: 'Неизвестный тег' },
  ALIAS_BOMB: { en: 'Too many aliases', ru: 'Слишком много ссылок (aliases)' },
};

export default defineComposeRule({
  id: 'YamlSyntax',
  severity: 'error',
  message: { en: 'The file is not valid YAML here.', ru: 'Здесь файл не является корректным YAML.' },
  check({ file, report }) {
    const { text, doc } = file;
    // The YAML library puts "missing closing …" errors at the end of the file; the last written line is where the reader looks.
    const atEnd = (): { start: number; end: number } | undefined => {
      for (let l = doc.positionAt(text.length).line; l >= 0; l--) {
        const t = doc.lineText(l);
        if (t.trim()) {
          const start = doc.lineStart(l) + (t.length - t.trimStart().length);
          return { start, end: doc.lineStart(l) + t.trimEnd().length };
        }
      }
      return undefined;
    };
    for (const p of file.problems) {
      const span = p.span.start >= text.length && p.span.end <= p.span.start ? atEnd() ?? p.span : p.span;
      const head = explain[p.code] ?? { en: 'YAML syntax error', ru: 'Синтаксическая ошибка YAML' };
      report(span, {
        severity: p.severity === 'warning' ? 'warning' : 'error',
        message: { en: `${head.en}: ${p.message}`, ru: `${head.ru}. Подробности (англ.): ${p.message}` },
      });
    }
  },
});
