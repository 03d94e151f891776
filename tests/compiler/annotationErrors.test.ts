import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/shared/contract';
import { parseAnnotation } from '../../src/compiler/annotation/parseAnnotation';
import { formatAuthorError, type AuthorError } from '../../src/compiler/errors';
import { validateAnnotation } from '../../src/compiler/story/validateAnnotation';

const FILE = 'seeds/test/story.yaml';
const paragraphs: Paragraph[] = [
  { id: 'p1', kind: 'body', text: 'Antony Blinken a rencontré mardi ses homologues dans la capitale kazakhe Astana.' },
];
const known = {
  countries: new Set(['KAZ', 'RUS', 'USA', 'UZB']),
  places: new Set(['astana', 'moscow']),
  regions: new Set(['central-asia']),
};

function errorsFor(yaml: string): AuthorError[] {
  const parsed = parseAnnotation(yaml, FILE);
  if (!parsed.ok) return parsed.errors;
  const validated = validateAnnotation(parsed.annotation, paragraphs, known, FILE, parsed.locate);
  return validated.ok ? [] : validated.errors;
}

const messages = (yaml: string) => errorsFor(yaml).map(formatAuthorError);
const TITLE = 'title: { fr: Titre, en: Title }\n';

describe('annotation errors name the file, line and field, and say what would be valid', () => {
  it('accepts a minimal annotation', () => {
    expect(errorsFor(TITLE)).toEqual([]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(messages(`${TITLE}places: [\n  - id: x\n`)).toContain(
      'seeds/test/story.yaml:3:3 YAML: Block collections are not allowed within flow collections (the annotation must be valid YAML)',
    );
  });

  it('reports a missing field', () => {
    expect(messages('title: { fr: Titre }\n')).toEqual(['seeds/test/story.yaml:1:8 title.en: missing; expected string']);
  });

  it('suggests the field the author meant', () => {
    expect(messages(`${TITLE}countries:\n  - { id: KAZ, rol: host }\n`)).toContain(
      'seeds/test/story.yaml:3:21 countries[0]: unknown field "rol" (did you mean "role"?)',
    );
  });

  it('says a required choice is missing and lists its values', () => {
    expect(messages(`${TITLE}countries:\n  - { id: KAZ, rol: host }\n`)[0]).toBe(
      'seeds/test/story.yaml:3:5 countries[0].role: missing; expected one of "host"|"central-asia"|"actor"|"rival"|"neighbour"|"mentioned"|"context"',
    );
  });

  it('lists the valid values of an enumeration', () => {
    const [message] = messages(`${TITLE}countries:\n  - { id: KAZ, role: hero }\n`);
    expect(message).toMatch(/^seeds\/test\/story\.yaml:3:\d+ countries\[0\]\.role: .*"host".*"central-asia"/);
  });

  it('refuses coordinates out of range', () => {
    const yaml = `${TITLE}places:\n  - id: x\n    name: { fr: X, en: X }\n    coordinates: [200, 51]\n    country: KAZ\n`;
    expect(messages(yaml)).toEqual([expect.stringMatching(/^seeds\/test\/story\.yaml:5:19 places\[0\]\.coordinates\[0\]: .*a longitude from -180 to 180/)]);
  });

  it('suggests the country code the author meant', () => {
    expect(messages(`${TITLE}countries:\n  - { id: KZA, role: host }\n`)).toEqual([
      'seeds/test/story.yaml:3:11 countries[0].id: unknown country "KZA" (did you mean "KAZ"?)',
    ]);
  });

  it('explains what a country code is when nothing is close', () => {
    expect(messages(`${TITLE}countries:\n  - { id: Kazakhstan, role: host }\n`)[0]).toContain('expected an ISO 3166-1 alpha-3 code such as "KAZ"');
  });

  it('reports duplicate ids and where the first one is', () => {
    const yaml = `${TITLE}countries:\n  - { id: KAZ, role: host }\n  - { id: KAZ, role: rival }\n`;
    expect(messages(yaml)).toEqual(['seeds/test/story.yaml:4:11 countries[1].id: duplicate id "KAZ" (already used by countries[0]); ids must be unique']);
  });

  it('refuses an impossible date', () => {
    const yaml = `${TITLE}events:\n  - id: e\n    date: 2023-02-30\n    place: astana\n    title: { fr: T, en: T }\n    quote: capitale kazakhe Astana\n`;
    expect(messages(yaml)).toEqual([
      'seeds/test/story.yaml:4:11 events[0].date: impossible date "2023-02-30"; expected a real ISO 8601 date, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('refuses a date that is not ISO 8601', () => {
    const yaml = `${TITLE}events:\n  - id: e\n    date: 28/02/2023\n    place: astana\n    title: { fr: T, en: T }\n    quote: capitale kazakhe Astana\n`;
    expect(messages(yaml)[0]).toBe('seeds/test/story.yaml:4:11 events[0].date: an ISO 8601 date, YYYY-MM or YYYY-MM-DD');
  });

  it('refuses a quote that is not in the article, showing the closest passage', () => {
    const yaml = `${TITLE}events:\n  - id: e\n    date: 2023-02\n    place: astana\n    title: { fr: T, en: T }\n    quote: la capitale kazakh Astana\n`;
    expect(messages(yaml)).toEqual([
      expect.stringMatching(/^seeds\/test\/story\.yaml:7:12 events\[0\]\.quote: quote not found in the article; closest passage: ".*capitale kazakhe.*"/),
    ]);
  });

  it('suggests the place id the author meant in a relation', () => {
    const yaml = `${TITLE}relations:\n  - id: r\n    kind: travel\n    from: astna\n    to: [moscow, UZB]\n    label: { fr: L, en: L }\n`;
    expect(messages(yaml)).toEqual(['seeds/test/story.yaml:5:11 relations[0].from: unknown place "astna" (did you mean "astana"?)']);
  });

  it('needs a country for every place but a region', () => {
    const yaml = `${TITLE}places:\n  - id: x\n    name: { fr: X, en: X }\n    coordinates: [10, 50]\n`;
    expect(messages(yaml)[0]).toContain('places[0].country: missing; a place needs the ISO3 code of its country');
  });

  it('lists every error at once', () => {
    const yaml = `${TITLE}countries:\n  - { id: KZA, role: host }\n  - { id: RUS, role: rival }\n  - { id: RUS, role: rival }\n`;
    expect(errorsFor(yaml)).toHaveLength(2);
  });
});

describe('links in the annotation', () => {
  it('refuses a source URL that is not http or https', () => {
    const yaml = `${TITLE}source: { name: AFP, url: "javascript:alert(1)" }\n`;
    expect(messages(yaml)).toEqual(['seeds/test/story.yaml:2:27 source.url: an http:// or https:// URL']);
  });
});
