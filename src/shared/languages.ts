/**
 * The languages of the interface and of every `Localized` text the compiler writes: the one list. The data
 * contract, the annotation schema, the address bar, the embed protocol and the interface strings derive
 * from it. Adding a language is this list plus one strings file (src/app/i18n); tsc finds the rest.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The interface's language when the address names none, and the reference the other strings files follow. */
export const DEFAULT_LANG: Lang = 'fr';
