import type {
  Claim,
  Mention,
  Paragraph,
  Step,
  StoryEvent,
  StoryLayers,
  StoryManifest,
  TextSpan,
} from '../../shared/contract';
import { indexFeatures, type FeatureIndex } from '../data/featureIndex';
import { relationSummaries, type RelationSummary } from '../format/relationSummary';

export type Selection = { kind: 'country'; id: string } | { kind: 'place'; id: string } | null;

export interface ParagraphHit {
  paragraph: Paragraph;
  spans: TextSpan[];
}

/** Everything the story says about one country or place. */
export interface Context {
  paragraphs: ParagraphHit[];
  relations: RelationSummary[];
  events: StoryEvent[];
  claims: Claim[];
}

export type StoryData = Pick<StoryManifest, 'paragraphs' | 'events' | 'claims'>;
export type Layers = Pick<StoryLayers, 'countries' | 'places' | 'relations'>;

/** Paragraphs holding at least one of the mentions, in reading order, each with its spans sorted. */
export function paragraphsMentioning(paragraphs: readonly Paragraph[], mentions: readonly TextSpan[]): ParagraphHit[] {
  const byParagraph = new Map<string, TextSpan[]>();
  for (const mention of mentions) byParagraph.set(mention.paragraph, [...(byParagraph.get(mention.paragraph) ?? []), mention]);
  return paragraphs
    .filter((paragraph) => byParagraph.has(paragraph.id))
    .map((paragraph) => ({
      paragraph,
      spans: [...byParagraph.get(paragraph.id)!].sort((a, b) => a.start - b.start || b.end - a.end),
    }));
}

/** The country each place lies in (regions have none). */
export function placeCountries(layers: Pick<StoryLayers, 'places'>): Map<string, string> {
  return new Map(layers.places.features.map((f) => [f.properties.id, f.properties.country]));
}

/** Ids that stand for a country: the country itself and every place in it. */
export function idsOfCountry(iso3: string, layers: Pick<StoryLayers, 'places'>): Set<string> {
  const ids = new Set([iso3]);
  for (const [place, country] of placeCountries(layers)) if (country === iso3) ids.add(place);
  return ids;
}

/** Annotated relations touching any of the ids, each with all its targets, in the article's reading order. */
export function relationsInvolving(ids: ReadonlySet<string>, layers: Parameters<typeof relationSummaries>[0]): RelationSummary[] {
  return relationSummaries(layers).filter((relation) => ids.has(relation.from) || relation.targets.some((to) => ids.has(to)));
}

export function eventsAt(ids: ReadonlySet<string>, events: readonly StoryEvent[]): StoryEvent[] {
  return events.filter((event) => ids.has(event.place));
}

export function claimsAbout(id: string, claims: readonly Claim[]): Claim[] {
  return claims.filter((claim) => claim.subjects.includes(id));
}

export function countryContext(iso3: string, story: StoryData, layers: Layers, features: FeatureIndex = indexFeatures(layers)): Context | undefined {
  const feature = features.country(iso3);
  if (!feature) return undefined;
  const ids = idsOfCountry(iso3, layers);
  return {
    paragraphs: paragraphsMentioning(story.paragraphs, feature.properties.mentions),
    relations: relationsInvolving(ids, layers),
    events: eventsAt(ids, story.events),
    claims: claimsAbout(iso3, story.claims),
  };
}

export function placeContext(placeId: string, story: StoryData, layers: Layers, features: FeatureIndex = indexFeatures(layers)): Context | undefined {
  const feature = features.place(placeId);
  if (!feature) return undefined;
  const ids = new Set([placeId]);
  return {
    paragraphs: paragraphsMentioning(story.paragraphs, feature.properties.mentions),
    relations: relationsInvolving(ids, layers),
    events: eventsAt(ids, story.events),
    claims: claimsAbout(placeId, story.claims),
  };
}

/** Every mention the article text can highlight, grouped by paragraph. */
export function mentionsByParagraph(story: Pick<StoryManifest, 'mentions'>, layers: Pick<StoryLayers, 'countries' | 'places'>): Map<string, Mention[]> {
  const all = [
    ...layers.countries.features.flatMap((f) => f.properties.mentions),
    ...layers.places.features.flatMap((f) => f.properties.mentions),
    ...story.mentions,
  ];
  const grouped = new Map<string, Mention[]>();
  for (const mention of all) grouped.set(mention.paragraph, [...(grouped.get(mention.paragraph) ?? []), mention]);
  return grouped;
}

/** Claims whose quote overlaps the quote of one of the step's relations: the figures that step shows. */
export function claimsForStep(
  step: Pick<Step, 'relations'>,
  claims: readonly Claim[],
  layers: Pick<StoryLayers, 'relations'>,
): Claim[] {
  const quotes = layers.relations.features
    .filter((f) => step.relations.includes(f.properties.relation) && f.properties.quote)
    .map((f) => f.properties.quote!);
  return claims.filter((claim) =>
    quotes.some((q) => q.paragraph === claim.quote.paragraph && q.start < claim.quote.end && claim.quote.start < q.end),
  );
}
