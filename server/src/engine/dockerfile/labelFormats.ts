// The value formats a label schema may ask for (url, rfc3339, spdx, hash, semver, email, text), as checks.
import type { Msg } from '../locale';

export interface LabelFormat {
  valid(value: string): boolean;
  /** What a valid value looks like, for the message. */
  expected: Msg;
}

/** Common SPDX license identifiers (lowercased); the list is matched case-insensitively, as SPDX says. */
const SPDX_IDS = new Set(
  [
    '0BSD', 'AAL', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0', 'AFL-2.1', 'AFL-3.0', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later',
    'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.0', 'Apache-1.1', 'Apache-2.0', 'APSL-2.0', 'Artistic-1.0',
    'Artistic-2.0', 'BlueOak-1.0.0', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Patent', 'BSD-3-Clause',
    'BSD-3-Clause-Clear', 'BSD-3-Clause-LBNL', 'BSD-4-Clause', 'BSD-Source-Code', 'BSL-1.0', 'BUSL-1.1', 'bzip2-1.0.6',
    'CAL-1.0', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0',
    'CC-BY-ND-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1', 'CDLA-Permissive-2.0',
    'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'ECL-2.0', 'EFL-2.0', 'Elastic-2.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1',
    'EUPL-1.2', 'FSFAP', 'FTL', 'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3-only', 'GFDL-1.3-or-later',
    'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0-only',
    'GPL-3.0-or-later', 'HPND', 'ICU', 'IJG', 'ImageMagick', 'IPA', 'IPL-1.0', 'ISC', 'JSON', 'LGPL-2.0', 'LGPL-2.0-only',
    'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later',
    'Libpng', 'libpng-2.0', 'libtiff', 'LPL-1.02', 'LPPL-1.3c', 'MirOS', 'MIT', 'MIT-0', 'MIT-CMU', 'MIT-Modern-Variant',
    'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'MS-PL', 'MS-RL', 'MulanPSL-2.0', 'NCSA', 'Nokia',
    'NTP', 'ODbL-1.0', 'OFL-1.1', 'OGL-UK-3.0', 'OLDAP-2.8', 'OpenSSL', 'OSL-1.0', 'OSL-2.0', 'OSL-2.1', 'OSL-3.0',
    'PHP-3.0', 'PHP-3.01', 'PostgreSQL', 'PSF-2.0', 'Python-2.0', 'Python-2.0.1', 'QPL-1.0', 'Ruby', 'SGI-B-2.0',
    'SISSL', 'Sleepycat', 'SMLNJ', 'SSPL-1.0', 'TCL', 'Unicode-3.0', 'Unicode-DFS-2016', 'Unlicense', 'UPL-1.0', 'Vim',
    'W3C', 'W3C-20150513', 'WTFPL', 'X11', 'XFree86-1.1', 'Xnet', 'Zend-2.0', 'Zlib', 'zlib-acknowledgement', 'ZPL-2.0',
    'ZPL-2.1',
  ].map((s) => s.toLowerCase()),
);

/** One license of an expression: a known id (optionally `+`), or a `LicenseRef-`. */
function spdxLicense(token: string): boolean {
  if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(token)) return true;
  return SPDX_IDS.has(token.replace(/\+$/, '').toLowerCase());
}

/** An SPDX license expression: licenses joined by AND/OR, `WITH <exception>`, parentheses. */
export function isSpdxExpression(value: string): boolean {
  const tokens = value.replace(/([()])/g, ' $1 ').trim().split(/\s+/).filter(Boolean);
  let i = 0;
  const term = (): boolean => {
    const t = tokens[i];
    if (t === undefined) return false;
    if (t === '(') {
      i++;
      if (!expr() || tokens[i] !== ')') return false;
      i++;
      return true;
    }
    if (!spdxLicense(t)) return false;
    i++;
    if (tokens[i] === 'WITH') {
      i++;
      if (!tokens[i] || !/^[A-Za-z0-9.-]+$/.test(tokens[i])) return false;
      i++;
    }
    return true;
  };
  const expr = (): boolean => {
    if (!term()) return false;
    while (tokens[i] === 'AND' || tokens[i] === 'OR') {
      i++;
      if (!term()) return false;
    }
    return true;
  };
  return tokens.length > 0 && expr() && i === tokens.length;
}

/** RFC 3339 date-time with a real calendar date and time. */
export function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (mo < 1 || mo > 12 || d < 1 || d > days[mo - 1] || h > 23 || mi > 59 || s > 60) return false;
  return !m[9] || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
}

/** An absolute URL with a scheme and (for web schemes) a host. */
export function isUrl(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) || /\s/.test(value)) return false;
  try {
    const u = new URL(value);
    return !/^(https?|ftp|wss?):$/.test(u.protocol) || u.hostname !== '';
  } catch {
    return false;
  }
}

/** Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH, optional pre-release and build metadata, no leading zeros. */
export function isSemver(value: string): boolean {
  const num = '(0|[1-9]\\d*)';
  const pre = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
  return new RegExp(`^${num}\\.${num}\\.${num}(?:-${pre}(?:\\.${pre})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`).test(value);
}

/** A git commit id: abbreviated (7+) or full SHA-1, or a full SHA-256. */
export function isGitHash(value: string): boolean {
  return /^[0-9a-f]{7,40}$/i.test(value) || /^[0-9a-f]{64}$/i.test(value);
}

/** An address `local@domain` as RFC 5322 allows in practice (dot-atom local part, dotted domain). */
export function isEmail(value: string): boolean {
  const m = /^([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)$/.exec(value);
  return !!m && m[1].length <= 64 && m[2].length <= 253;
}

/** Format checks by the kind a schema names; `text` only asks for a value. */
export const LABEL_FORMATS: Readonly<Record<string, LabelFormat>> = {
  text: { valid: () => true, expected: { en: 'any text', ru: 'любой текст' } },
  url: { valid: isUrl, expected: { en: 'an absolute URL such as https://example.com/project', ru: 'абсолютный URL, например https://example.com/project' } },
  rfc3339: { valid: isRfc3339, expected: { en: 'an RFC 3339 time such as 2024-05-01T12:00:00Z', ru: 'время в формате RFC 3339, например 2024-05-01T12:00:00Z' } },
  spdx: { valid: isSpdxExpression, expected: { en: 'an SPDX license expression such as MIT or Apache-2.0 OR MIT', ru: 'SPDX-выражение лицензии, например MIT или Apache-2.0 OR MIT' } },
  hash: { valid: isGitHash, expected: { en: 'a git commit hash (7 to 40 hex digits)', ru: 'хеш git-коммита (от 7 до 40 шестнадцатеричных цифр)' } },
  semver: { valid: isSemver, expected: { en: 'a semantic version such as 1.4.2 or 2.0.0-rc.1', ru: 'семантическая версия, например 1.4.2 или 2.0.0-rc.1' } },
  email: { valid: isEmail, expected: { en: 'an e-mail address such as team@example.com', ru: 'адрес электронной почты, например team@example.com' } },
};
