import type { Paragraph } from '../../shared/contract';
import { sentenceAround } from './passage';

const MAX = 110;
// Words a title may not end on: "le soutien des Etats-Unis aux" reads as cut.
const DANGLING = new Set(['de', 'des', 'du', "d'", 'la', 'le', 'les', "l'", 'au', 'aux', 'à', 'et', 'ou', 'en', 'un', 'une', 'sur', 'pour', 'avec', 'par', 'dans', 'son', 'sa', 'ses', 'leur', 'leurs', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'or', 'for', 'with', 'by', 'at', 'its', 'their', 'his', 'her', 'from', 'as', 'that', 'qui', 'que', 'who', 'which']);
// Where the lead's main clause ends: what follows explains, the title says who does what.
const CLAUSE_END = /,\s|\s(?:où|qui|which|alors que|tandis que|afin de|après|where|while|as|after|amid|in a bid)\s/gu;
const WEEKDAY = /\s(?:on\s)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])/gu;
const PERSON = /(?:\p{Lu}[\p{Ll}'’-]+\s){1,2}\p{Lu}[\p{L}'’-]+(?=\s\p{Ll})/u;

/**
 * A short title from the lead: its main clause (who does what), without the weekday, led by the
 * person's name rather than their job title, cut only between words and never on a dangling word.
 */
export function inferTitle(paragraphs: readonly Paragraph[]): string {
  const lead = paragraphs.find((paragraph) => paragraph.kind === 'body') ?? paragraphs[0]!;
  let text = lead.text.slice(0, sentenceAround(lead.text, 0)[1]).replace(/[.!?]$/u, '').replace(WEEKDAY, '');
  text = fromPerson(text);
  for (const match of text.matchAll(CLAUSE_END)) {
    if (match.index >= 40) {
      text = text.slice(0, match.index);
      break;
    }
  }
  return shorten(text.trim()) || shorten(lead.text.trim()) || lead.text.trim();
}

/** "Le secrétaire d'Etat américain Antony Blinken a exprimé…" → "Antony Blinken a exprimé…". */
function fromPerson(text: string): string {
  if (!/^(?:Le|La|Les|L'|The)\s/u.test(text)) return text;
  const person = PERSON.exec(text);
  return person && person.index > 0 && person.index < 70 ? text.slice(person.index) : text;
}

function shorten(text: string): string {
  if (text.length <= MAX) return text;
  const words = text.slice(0, MAX + 1).split(/\s+/u).slice(0, -1);
  while (words.length > 1 && DANGLING.has(words.at(-1)!.toLowerCase())) words.pop();
  return words.join(' ').replace(/[,;:]$/u, '');
}
