import { LANGS, type Lang } from '../../shared/contract';
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
 * The registry of interface languages. A language is one strings file (`xx.ts`, typed `Messages`) and one line
 * here; its code must also be a `Lang` of the data contract, whose names the compiler writes in each language.
 * A missing key fails `tsc` (`Messages`, `satisfies`) and `vite build` (the i18nKeys plugin in src/shell).
 */
export const LANGUAGES = {
  fr: { messages: fr, locale: 'fr-FR', name: 'Français' },
  en: { messages: en, locale: 'en-GB', name: 'English' },
} as const satisfies Record<Lang, Language>;

/** French is the reference every other language must match key for key. */
export const REFERENCE_LANG: Lang = 'fr';

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
