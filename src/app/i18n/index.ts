import { DEFAULT_LANG, LANGS, type Lang } from '../../shared/contract';
import { en } from './en';
import { fr, type Messages } from './fr';

export type { Messages };

export interface Language {
  messages: Messages;
  /** BCP 47 tag for Intl formatting. */
  locale: string;
  /** The language's name in itself, for the language switch. */
  name: string;
}

/**
 * The interface strings of each language of `LANGS` (src/shared/languages.ts): a language is that list's code
 * and one strings file (`xx.ts`, typed `Messages`), registered here. tsc fails on a code without its strings,
 * and on a strings file that lacks a key French has or adds one.
 */
export const LANGUAGES = {
  fr: { messages: fr, locale: 'fr-FR', name: 'Français' },
  en: { messages: en, locale: 'en-GB', name: 'English' },
} as const satisfies Record<Lang, Language>;

/** French is the reference every other language must match key for key. */
export const REFERENCE_LANG: Lang = DEFAULT_LANG;

export function messagesFor(lang: Lang): Messages {
  return LANGUAGES[lang].messages;
}

/** BCP 47 tag for Intl formatting. */
export function localeOf(lang: Lang): string {
  return LANGUAGES[lang].locale;
}

/** The other languages a reader can switch to, in the contract's order. */
export function otherLanguages(lang: Lang): Lang[] {
  return LANGS.filter((code) => code !== lang);
}
