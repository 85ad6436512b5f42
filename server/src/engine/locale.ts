// Every user-facing text exists in English and Russian; this module picks one.

export type Locale = 'en' | 'ru';

/** A text in both languages: a missing translation is a compile error. */
export interface Msg {
  en: string;
  ru: string;
}

/** Maps an editor locale tag (`ru`, `ru-RU`, `en-US`) to a language we speak. */
export function pickLocale(tag: string | undefined | null, setting?: string): Locale {
  if (setting === 'en' || setting === 'ru') return setting;
  return tag && tag.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function localize(msg: Msg, locale: Locale): string {
  return msg[locale] || msg.en;
}

/** Fills `{name}` placeholders in both languages. */
export function fill(msg: Msg, args: Record<string, string | number>): Msg {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
  return { en: sub(msg.en), ru: sub(msg.ru) };
}

export function msg(en: string, ru: string): Msg {
  return { en, ru };
}
