import type { Lang } from '../../shared/contract';

const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'avec', 'qui', 'sur', 'au', 'aux', 'a', 'été', 'ses', 'son']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'for', 'with', 'that', 'on', 'by', 'has', 'have', 'his', 'her', 'its', 'said']);

/** The dispatch's language, from its most common short words. French wins a tie: the feed is French first. */
export function detectLanguage(text: string): Lang {
  let french = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FRENCH.has(word)) french++;
    if (ENGLISH.has(word)) english++;
  }
  return english > french ? 'en' : 'fr';
}
