import type { Lang } from '../../contract';
import { en } from './en';
import { fr, type Messages } from './fr';

export type { Messages };

const MESSAGES: Record<Lang, Messages> = { fr, en };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** BCP 47 tag for Intl formatting. */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}
