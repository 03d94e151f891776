import type { Paragraph, Quote } from '../../shared/contract';
import type { Annotation, AnnotationClaim, AnnotationEvent, AnnotationRelation } from '../annotation/schema';
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

/** An annotation item with its quote resolved to the paragraph and offsets that hold it. */
export type Quoted<T, Q = Quote> = Omit<T, 'quote'> & { quote: Q };
export type QuotedRelation = Quoted<AnnotationRelation, Quote | null>;

/** The annotation, checked, with every quote resolved and attached to the item that holds it. */
export interface ValidatedAnnotation {
  annotation: Annotation;
  relations: QuotedRelation[];
  events: Quoted<AnnotationEvent>[];
  claims: Quoted<AnnotationClaim>[];
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
  const relations = resolveQuotes('relations', annotation.relations, paragraphs, report);
  const events = resolveQuotes('events', annotation.events, paragraphs, report);
  const claims = resolveQuotes('claims', annotation.claims, paragraphs, report);
  if (errors.length > 0) return { ok: false, errors };
  // Events and claims must have a quote (the schema says so), and every quote resolved, or an error was reported.
  const required = <T>(item: Quoted<T, Quote | null>): Quoted<T> => ({ ...item, quote: item.quote! });
  return { ok: true, value: { annotation, relations, events: events.map(required), claims: claims.map(required) } };
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
  if (annotation.focus) {
    expect(['focus', 'country'], annotation.focus.country, ids.countries, 'country');
    if (annotation.focus.place) expect(['focus', 'place'], annotation.focus.place, ids.places, 'place');
  }
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

function resolveQuotes<T extends { quote?: string | undefined; occurrence?: number | undefined }>(
  name: 'relations' | 'events' | 'claims',
  list: readonly T[],
  paragraphs: readonly Paragraph[],
  report: Report,
): Quoted<T, Quote | null>[] {
  return list.map((item, i) => {
    if (item.quote === undefined) return { ...item, quote: null };
    const path = [name, i, 'quote'];
    const result = resolveQuote(item.quote, paragraphs, item.occurrence);
    if (result.ok) return { ...item, quote: result.quote };
    if ('matches' in result) reportAmbiguous(result.matches, item.occurrence, [name, i], report);
    else report(path, `quote not found in the article${result.closest ? `; closest passage: "${result.closest}"` : ''} (a quote must appear verbatim; only whitespace may differ)`);
    return { ...item, quote: null };
  });
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
