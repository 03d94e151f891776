import type { CountryRole, RelationProperties, StoryLayers } from '../../shared/contract';

/**
 * One annotated relation as the reader reads it: the compiled data draw one line per target, and a
 * statement that names only the first target ("Moscou ↔ Arménie") would drop the others.
 */
export interface RelationSummary extends RelationProperties {
  /** Every target of the relation, in the annotation's order. */
  targets: string[];
}

/**
 * One summary per annotated relation, in the article's reading order (by quote), unquoted ones last. The
 * compiled features come sorted by id, so targets are put back in the order the article first names them.
 */
export function relationSummaries(layers: Pick<StoryLayers, 'relations'> & Partial<Pick<StoryLayers, 'countries' | 'places'>>): RelationSummary[] {
  const byRelation = new Map<string, RelationSummary>();
  for (const { properties } of layers.relations.features) {
    const known = byRelation.get(properties.relation);
    if (known) {
      if (!known.targets.includes(properties.to)) known.targets.push(properties.to);
    } else {
      byRelation.set(properties.relation, { ...properties, id: properties.relation, targets: [properties.to] });
    }
  }
  const mentions = mentionPositions(layers);
  for (const summary of byRelation.values()) {
    // A target named in the paragraph of the relation's quote takes its place there; any other, where the article first names it.
    const key = (id: string) => {
      const at = mentions.get(id) ?? [];
      const q = summary.quote;
      const inQuote = q ? at.filter((p) => p >= position(q.paragraph, 0) && p < position(q.paragraph, 1e6 - 1)) : [];
      return inQuote.length ? Math.min(...inQuote) : 1e12 + Math.min(Number.MAX_SAFE_INTEGER / 2, ...at);
    };
    summary.targets.sort((a, b) => key(a) - key(b));
  }
  return [...byRelation.values()].sort(readingOrder);
}

const position = (paragraph: string, start: number) => paragraphNumber(paragraph) * 1e6 + start;

/** Where the article names each country or place, as sortable numbers. */
function mentionPositions(layers: Partial<Pick<StoryLayers, 'countries' | 'places'>>): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const { properties } of [...(layers.countries?.features ?? []), ...(layers.places?.features ?? [])]) {
    positions.set(properties.id, properties.mentions.map((m) => position(m.paragraph, m.start)));
  }
  return positions;
}

/** The article's order: paragraph, then offset within it; relations without a quote come last, by id. */
export function readingOrder(a: Pick<RelationProperties, 'quote' | 'relation'>, b: Pick<RelationProperties, 'quote' | 'relation'>): number {
  if (a.quote && b.quote) {
    return paragraphNumber(a.quote.paragraph) - paragraphNumber(b.quote.paragraph) || a.quote.start - b.quote.start || byId(a.relation, b.relation);
  }
  if (a.quote || b.quote) return a.quote ? -1 : 1;
  return byId(a.relation, b.relation);
}

// Ids compared by code point, as the compiler sorts them (sortById). `localeCompare` loaded the collator's
// locale data in the hydrating render, about 70 ms of a phone's main thread.
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function paragraphNumber(id: string): number {
  return Number(/\d+/.exec(id)?.[0] ?? Number.MAX_SAFE_INTEGER);
}

export interface TargetWords {
  /** The whole group of the story's Central Asian states, named as one ("les cinq pays d'Asie centrale"). */
  centralAsia: (count: number) => string;
  /** Joins names: "Kazakhstan, Arménie et Kirghizstan". */
  list: (names: string[]) => string;
}

/** The targets in words: all of them, and the Central Asian states as one group when all are there. */
export function targetsText(
  targets: readonly string[],
  roles: ReadonlyMap<string, CountryRole>,
  nameOf: (id: string) => string,
  words: TargetWords,
): string {
  const region = [...roles].filter(([, role]) => role === 'host' || role === 'central-asia').map(([id]) => id);
  if (region.length > 1 && targets.length === region.length && region.every((id) => targets.includes(id))) {
    return words.centralAsia(region.length);
  }
  return words.list(targets.map(nameOf));
}

/** "Pékin → les cinq pays d'Asie centrale", "Russie ↔ Kazakhstan, Arménie et Kirghizstan". */
export function relationEnds(
  relation: RelationSummary,
  roles: ReadonlyMap<string, CountryRole>,
  nameOf: (id: string) => string,
  words: TargetWords,
): string {
  return `${nameOf(relation.from)} ${relation.directed ? '→' : '↔'} ${targetsText(relation.targets, roles, nameOf, words)}`;
}

/** The words `targetsText` needs, in the reader's language. */
export function targetWords(t: { centralAsiaStates: (count: number) => string }, locale: string): TargetWords {
  // Built at the first list written, not in the render that derives the words: its locale data take a
  // phone's main thread about 50 ms, which then falls in the relation list's own hydration slice.
  let format: Intl.ListFormat | undefined;
  return { centralAsia: t.centralAsiaStates, list: (names) => (format ??= new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })).format(names) };
}
