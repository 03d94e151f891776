import type { Token } from './tokens';

/**
 * Place names that are also ordinary words when capitalised at the start of a sentence
 * ("Nice weather", "Male voters", "Réunion des ministres"). They are not places there.
 */
export const COMMON_WORDS = new Set(['nice', 'male', 'split', 'reading', 'bath', 'mobile', 'sale', 'reunion', 'cap', 'west']);

/** Place names that are also given names: followed by a surname-like word, they are a person ("Jordan Bardella"). */
export const GIVEN_NAMES = new Set([
  'chad', 'jordan', 'georgia', 'israel', 'india', 'victoria', 'florence', 'sydney', 'houston', 'paris', 'lincoln', 'kingston',
  'maurice', 'lima', 'santiago', 'salvador', 'regina', 'adelaide', 'charlotte', 'madison', 'dallas', 'austin', 'asia', 'kenya',
  'china', 'washington', 'chelsea', 'florida', 'camille', 'lorraine', 'valence', 'tyrone', 'jamaica', 'america',
]);

/**
 * Words that may stand right before a place name without being a first name:
 * articles, prepositions, conjunctions, titles, days, months, compass words, sentence adverbs.
 */
export const NOT_GIVEN_NAMES = new Set(
  `le la les l un une des du de d au aux a à en dans par pour sur sous vers avec sans chez entre contre selon depuis après avant
  et ou mais si que qu quand lorsque lorsqu puisque comme car donc or ni ainsi alors pourtant cependant toutefois enfin aussi
  hier aujourd demain désormais déjà même seul seule tout toute tous toutes ce cet cette ces son sa ses leur leurs notre votre
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre
  m mme mlle mm président présidente premier première ministre général roi reine prince pape saint sainte grand grande nord sud est ouest
  the a an of in on at to from for with by via into onto over under near across against after before since during about than
  and or but if when while as so yet nor then now also only even still just both either neither whether because although though
  yesterday today tomorrow meanwhile however moreover instead here there where why how what which who whose whom this that these those
  its his her their our your my monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december mr mrs ms dr sir lord president prime minister general king queen pope st saint
  north south east west northern southern eastern western central upper lower greater new old soviet imperial communist mainland
  metropolitan occupied free ex former pro anti non post pre downtown visit visits visiting visited
  puis outre face ici là dès tandis jusqu parmi malgré sinon quant certes surtout notamment seulement finalement encore plus moins
  très bien non oui voici voilà côté like unlike despite among amid until unless once sources
  secretary ambassador envoy chancellor senator governor mayor emir sheikh sultan minister colonel captain officials leaders`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word shaped like a first name or surname: "Denzel", "O'Neil", not "AFP" nor "2023". */
export function looksLikeName(text: string, token: Token): boolean {
  const word = text.slice(token.start, token.end);
  return token.capital && !token.upper && word.length >= 2 && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(word);
}

/** Words around "Georgia" that show the US state, not the country. */
export const US_STATE_CUES = {
  before: ['state of', 'atlanta', 'savannah', 'augusta', 'macon'],
  after: ['us', 'usa', 'governor', 'republican', 'republicans', 'democrat', 'democrats', 'senator', 'senators', 'peach'],
};
