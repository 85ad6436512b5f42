// Text from the user's file goes into hover Markdown only through these helpers.

/** Escapes Markdown and HTML so file text shows literally and can never form a link or a tag. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~"'=:]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, ' ');
}

/** A fenced code block that no file text can close early. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Inline code that no file text can break out of (a lone CR is a line break too: two end the paragraph). */
export function inlineCode(text: string): string {
  const clean = text.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
