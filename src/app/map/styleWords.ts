import { LANGS, type Lang } from '../../shared/contract';
import { messagesFor } from '../i18n';
import { ARROW } from './style';

/** What the style writes on the map itself, in every language: the fonts must hold these characters too. */
export const STYLE_WORDS = [...LANGS.map((lang) => messagesFor(lang).approximately('')), ARROW];

export const APPROXIMATELY = Object.fromEntries(LANGS.map((lang) => [lang, messagesFor(lang).approximately])) as Record<Lang, (figure: string) => string>;
