import type { Paragraph, Quote } from '../../shared/contract';
import type { Annotation } from '../annotation/schema';
import type { FieldPath, Locate } from '../annotation/parseAnnotation';
import { fieldName } from '../annotation/parseAnnotation';
import type { AuthorError } from '../errors';
import { isRealDate } from '../feed/publicationDate';
import { resolveQuote } from '../quotes/resolveQuote';
import { closestMatch } from '../text';

export interface KnownIds {
  countries: ReadonlySet<string>;
  places: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

export interface ValidatedAnnotation {
  annotation: Annotation;
  /** Resolved quotes, keyed by the field path that holds them, e.g. `events[2].quote`. */
  quotes: ReadonlyMap<string, Quote>;
}

type Report = (path: FieldPath, message: string) => void;

/** Checks what a schema cannot: references, dates, duplicate ids and quotes. Returns every problem at once. */
export function validateAnnotation(
  annotation: Annotation,
  paragraphs: readonly Paragraph[],
  known: KnownIds,
  file: string,
  locate: Locate,
): { ok: true; value: ValidatedAnnotation } | { ok: false; errors: AuthorError[] } {
  const errors: AuthorError[] = [];
  const report: Report = (path, message) => errors.push({ file, ...locate(path), field: fieldName(path), message });
  const ids = collectIds(annotation, known);
  checkDuplicates(annotation, report);
  checkReferences(annotation, ids, report);
  checkDates(annotation, report);
  const quotes = resolveQuotes(annotation, paragraphs, report);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { annotation, quotes } };
}

interface IdSets {
  countries: ReadonlySet<string>;
  places: ReadonlySet<string>;
  anchors: ReadonlySet<string>;
  events: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

function collectIds(annotation: Annotation, known: KnownIds): IdSets {
  const places = new Set([...known.places, ...annotation.places.map((place) => place.id)]);
  return {
    countries: known.countries,
    places,
    anchors: new Set([...known.countries, ...places, ...known.regions]),
    events: new Set(annotation.events.map((event) => event.id)),
    relations: new Set(annotation.relations.map((relation) => relation.id)),
  };
}

function checkDuplicates(annotation: Annotation, report: Report): void {
  const collections = ['countries', 'places', 'people', 'relations', 'events', 'claims', 'steps'] as const;
  for (const name of collections) {
    const seen = new Map<string, number>();
    annotation[name].forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) report([name, index, 'id'], `duplicate id "${item.id}" (already used by ${name}[${first}]); ids must be unique`);
      else seen.set(item.id, index);
    });
  }
}

function checkReferences(annotation: Annotation, ids: IdSets, report: Report): void {
  const expect = (path: FieldPath, value: string, pool: ReadonlySet<string>, what: string) => {
    if (pool.has(value)) return;
    const suggestion = closestMatch(value, pool);
    report(path, `unknown ${what} "${value}"${suggestion ? ` (did you mean "${suggestion}"?)` : `; expected ${describePool(what)}`}`);
  };
  annotation.countries.forEach((country, i) => expect(['countries', i, 'id'], country.id, ids.countries, 'country'));
  annotation.places.forEach((place, i) => {
    if (ids.countries.has(place.id)) report(['places', i, 'id'], `"${place.id}" is a country code; a place id must differ from every ISO3 code (e.g. "${place.id.toLowerCase()}-place")`);
    if (place.country) expect(['places', i, 'country'], place.country, ids.countries, 'country');
    else if (place.kind !== 'region') report(['places', i, 'country'], 'missing; a place needs the ISO3 code of its country (only a region may omit it)');
  });
  annotation.people.forEach((person, i) => expect(['people', i, 'country'], person.country, ids.countries, 'country'));
  annotation.relations.forEach((relation, i) => {
    expect(['relations', i, 'from'], relation.from, ids.anchors, 'place');
    relation.to.forEach((to, j) => expect(['relations', i, 'to', j], to, ids.anchors, 'place'));
    relation.path?.forEach((point, j) => {
      if (typeof point === 'string') expect(['relations', i, 'path', j], point, ids.places, 'place');
    });
  });
  annotation.events.forEach((event, i) => expect(['events', i, 'place'], event.place, ids.anchors, 'place'));
  annotation.claims.forEach((claim, i) => {
    claim.subjects.forEach((subject, j) => {
      if (!isBorderId(subject, ids.countries)) expect(['claims', i, 'subjects', j], subject, ids.countries, 'country');
    });
    const measure = claim.measure;
    if (measure?.type === 'area-ratio') {
      expect(['claims', i, 'measure', 'of'], measure.of, ids.countries, 'country');
      expect(['claims', i, 'measure', 'to'], measure.to, ids.countries, 'country');
    }
    if (measure?.type === 'border-length') {
      measure.between.forEach((country, j) => expect(['claims', i, 'measure', 'between', j], country, ids.countries, 'country'));
    }
  });
  annotation.overview?.relations.forEach((id, j) => expect(['overview', 'relations', j], id, ids.relations, 'relation'));
  annotation.steps.forEach((step, i) => {
    step.events.forEach((id, j) => expect(['steps', i, 'events', j], id, ids.events, 'event'));
    step.relations.forEach((id, j) => expect(['steps', i, 'relations', j], id, ids.relations, 'relation'));
    step.countries.forEach((id, j) => expect(['steps', i, 'countries', j], id, ids.countries, 'country'));
    step.places.forEach((id, j) => expect(['steps', i, 'places', j], id, ids.places, 'place'));
  });
}

function describePool(what: string): string {
  if (what === 'country') return 'an ISO 3166-1 alpha-3 code such as "KAZ"';
  if (what === 'place') return 'a place id from "places", a country code or a region id';
  return `the id of one of the annotation's ${what}s`;
}

function isBorderId(value: string, countries: ReadonlySet<string>): boolean {
  const [a, b, ...rest] = value.split('-');
  return rest.length === 0 && a !== undefined && b !== undefined && countries.has(a) && countries.has(b);
}

function checkDates(annotation: Annotation, report: Report): void {
  annotation.events.forEach((event, i) => {
    if (!isRealDate(event.date)) report(['events', i, 'date'], `impossible date "${event.date}"; expected a real ISO 8601 date, YYYY-MM or YYYY-MM-DD`);
  });
  if (annotation.published && !isRealDate(annotation.published)) {
    report(['published'], `impossible date "${annotation.published}"; expected a real ISO 8601 date, YYYY-MM-DD`);
  }
}

function resolveQuotes(annotation: Annotation, paragraphs: readonly Paragraph[], report: Report): Map<string, Quote> {
  const quotes = new Map<string, Quote>();
  const items: [string, { quote?: string | undefined; occurrence?: number | undefined }[]][] = [
    ['relations', annotation.relations],
    ['events', annotation.events],
    ['claims', annotation.claims],
  ];
  for (const [name, list] of items) {
    list.forEach((item, i) => {
      if (item.quote === undefined) return;
      const path = [name, i, 'quote'];
      const result = resolveQuote(item.quote, paragraphs, item.occurrence);
      if (result.ok) quotes.set(fieldName(path), result.quote);
      else if ('matches' in result) reportAmbiguous(result.matches, item.occurrence, [name, i], report);
      else report(path, `quote not found in the article${result.closest ? `; closest passage: "${result.closest}"` : ''} (a quote must appear verbatim; only whitespace may differ)`);
    });
  }
  return quotes;
}

function reportAmbiguous(matches: readonly Quote[], occurrence: number | undefined, item: FieldPath, report: Report): void {
  const count = `the quote appears ${matches.length} times in the article`;
  if (occurrence !== undefined) {
    report([...item, 'occurrence'], `${count}; expected an occurrence from 1 to ${matches.length}`);
    return;
  }
  const where = [...new Set(matches.map((match) => match.paragraph))].join(', ');
  report([...item, 'quote'], `${count} (${where}); lengthen it until it is unique, or add "occurrence: N" (1 to ${matches.length}) to pick one`);
}
