import { describe, expect, it } from 'vitest';
import type { Claim, Mention, Paragraph, StoryEvent, StoryLayers } from '../../src/shared/contract';
import {
  claimsAbout,
  claimsForStep,
  countryContext,
  eventsAt,
  idsOfCountry,
  paragraphsMentioning,
  placeContext,
  relationsInvolving,
} from '../../src/app/state/selection';
import { segmentText } from '../../src/app/state/segments';
import { compiledStories } from './compiledData';

const paragraphs: Paragraph[] = [
  { id: 'p1', kind: 'body', text: 'Astana et Moscou.' },
  { id: 'p2', kind: 'body', text: 'Rien ici.' },
  { id: 'p3', kind: 'heading', text: 'Le Kazakhstan' },
];
const mention = (paragraph: string, start: number, end: number, entity: string): Mention => ({
  paragraph, start, end, entity, form: 'name', text: paragraphs.find((p) => p.id === paragraph)!.text.slice(start, end),
});
const point = (id: string, country: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [0, 0] },
  properties: { id, name: { fr: id, en: id }, kind: 'capital' as const, country, rank: 1, context: false, mentions: [] },
});
const relation = (id: string, from: string, to: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'LineString' as const, coordinates: [[0, 0], [1, 1]] },
  properties: { id, relation: id.split(':')[0]!, kind: 'influence' as const, from, to, label: { fr: id, en: id }, quote: null, directed: true, context: false, lane: 0 },
});
const layers = {
  places: { type: 'FeatureCollection' as const, features: [point('astana', 'KAZ'), point('moscow', 'RUS'), point('europe', '')] },
  relations: {
    type: 'FeatureCollection' as const,
    features: [relation('r1:KAZ', 'moscow', 'KAZ'), relation('r1:KGZ', 'moscow', 'KGZ'), relation('r2', 'europe', 'astana'), relation('r3', 'beijing', 'KGZ')],
  },
} satisfies Pick<StoryLayers, 'places' | 'relations'>;

describe('paragraphsMentioning', () => {
  it('returns paragraphs in reading order, each with its spans sorted', () => {
    const hits = paragraphsMentioning(paragraphs, [mention('p3', 3, 13, 'KAZ'), mention('p1', 10, 16, 'RUS'), mention('p1', 0, 6, 'KAZ')]);
    expect(hits.map((h) => h.paragraph.id)).toEqual(['p1', 'p3']);
    expect(hits[0]!.spans.map((s) => s.text)).toEqual(['Astana', 'Moscou']);
  });

  it('returns nothing when there is no mention', () => {
    expect(paragraphsMentioning(paragraphs, [])).toEqual([]);
  });
});

describe('relationsInvolving', () => {
  it('finds relations from or to a country or a place inside it, once per annotated relation', () => {
    const ids = idsOfCountry('RUS', layers);
    expect(relationsInvolving(ids, layers).map((r) => r.relation)).toEqual(['r1']);
  });

  it('counts a place in the country as the country', () => {
    expect(relationsInvolving(idsOfCountry('KAZ', layers), layers).map((r) => r.relation)).toEqual(['r1', 'r2']);
  });

  it('finds nothing for a country with no relation', () => {
    expect(relationsInvolving(idsOfCountry('FRA', layers), layers)).toEqual([]);
  });
});

describe('eventsAt and claimsAbout', () => {
  const events = [{ id: 'e1', place: 'astana' }, { id: 'e2', place: 'kyiv' }] as StoryEvent[];
  it('finds events at any of the places', () => {
    expect(eventsAt(idsOfCountry('KAZ', layers), events).map((e) => e.id)).toEqual(['e1']);
  });
  it('finds claims by subject', () => {
    const claims = [{ id: 'c1', subjects: ['KAZ', 'FRA'] }, { id: 'c2', subjects: ['RUS'] }] as Claim[];
    expect(claimsAbout('FRA', claims).map((c) => c.id)).toEqual(['c1']);
  });
});

describe('segmentText', () => {
  it('cuts text into plain and highlighted runs that join back to the text', () => {
    const text = 'Astana et Moscou.';
    const segments = segmentText(text, [mention('p1', 10, 16, 'RUS'), mention('p1', 0, 6, 'KAZ')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.span).map((s) => s.text)).toEqual(['Astana', 'Moscou']);
  });

  it('keeps the longer of two overlapping spans and never repeats words', () => {
    const text = "palais présidentiel d'Astana";
    const spans = [
      { paragraph: 'p', start: 22, end: 28, text: 'Astana' },
      { paragraph: 'p', start: 0, end: 28, text },
    ];
    expect(segmentText(text, spans)).toEqual([{ text, span: spans[1] }]);
  });

  it('drops spans that fall outside the text', () => {
    expect(segmentText('abc', [{ paragraph: 'p', start: 2, end: 9, text: 'c' }])).toEqual([{ text: 'abc' }]);
  });

  it('treats markup in the text as text', () => {
    const text = '<script>alert(1)</script>';
    expect(segmentText(text, [{ paragraph: 'p', start: 0, end: 8, text: '<script>' }])[0]).toEqual({ text: '<script>', span: expect.anything() });
  });
});

describe('on the compiled seed story', () => {
  const [story] = compiledStories();
  const { manifest, layers: compiled } = story!;

  it('Kazakhstan: every paragraph naming it, with relations, events and both claims', () => {
    const context = countryContext('KAZ', manifest, compiled)!;
    const kaz = compiled.countries.features.find((f) => f.properties.id === 'KAZ')!;
    const expected = new Set(kaz.properties.mentions.map((m) => m.paragraph));
    expect(new Set(context.paragraphs.map((p) => p.paragraph.id))).toEqual(expected);
    for (const { paragraph, spans } of context.paragraphs) {
      for (const span of spans) expect(paragraph.text.slice(span.start, span.end)).toBe(span.text);
    }
    const relations = context.relations.map((r) => r.relation);
    expect(relations).toEqual(expect.arrayContaining(['kaz-rus-border', 'us-support-central-asia', 'russia-influence', 'china-influence', 'cpc-pipeline']));
    expect(new Set(relations).size).toBe(relations.length);
    expect(context.events.map((e) => e.id)).toEqual(expect.arrayContaining(['c5-ministers-meeting', 'tokayev-meeting']));
    expect(context.claims.map((c) => c.id).sort()).toEqual(['kazakhstan-five-times-france', 'kazakhstan-russia-border']);
  });

  it('Astana as a place: its events and the relations that start or end there', () => {
    const context = placeContext('astana', manifest, compiled)!;
    expect(context.events.map((e) => e.id)).toContain('c5-ministers-meeting');
    expect(context.relations.map((r) => r.relation)).toContain('blinken-to-uzbekistan');
  });

  it('returns undefined for an id the story does not have', () => {
    expect(countryContext('XXX', manifest, compiled)).toBeUndefined();
  });

  it('the border step shows the border claim', () => {
    const step = manifest.steps.find((s) => s.id === 'border')!;
    expect(claimsForStep(step, manifest.claims, compiled).map((c) => c.id)).toEqual(['kazakhstan-russia-border']);
  });
});

describe('kilometres', () => {
  it('groups French thousands with a no-break space the map can draw', async () => {
    const { kilometres } = await import('../../src/app/data/mapData');
    expect(kilometres(5437.9, 'fr-FR')).toBe('5\u00A0438 km');
    expect(kilometres(5437.9, 'en-GB')).toBe('5,438 km');
  });
});
