import type { Position } from 'geojson';
import { COUNTRY_ROLES as ROLE_ORDER } from '../../shared/contract';
import type { CountryRole, Lang, Localized, Mention, Paragraph } from '../../shared/contract';
import type { z } from 'zod';
import type { annotationSchema } from '../annotation/schema';
import { detectLanguage } from '../feed/detectLanguage';
import { FRENCH_MONTHS, ENGLISH_MONTHS, publicationDate } from '../feed/publicationDate';
import { createGazetteer, findMentions, type GazetteerEntry } from '../gazetteer';
import { countryOfMention, groupBy } from '../story/entities';
import type { World } from '../story/world';
import { frameCamera } from './camera';
import { findDates, type FoundDate } from './dates';
import { findFocus, type Focus } from './focus';
import { findFigures, type FoundFigure } from './numbers';
import { excerpt, passageText, quoteOf, sentenceAround } from './passage';
import { inferRoles } from './roles';
import { inferTitle } from './title';

export type AnnotationInput = z.input<typeof annotationSchema>;

/** Why the draft says what it says: a comment on the field at `path`. */
export interface Reason {
  path: (string | number)[];
  text: string;
}

export interface InferredDesign {
  annotation: AnnotationInput;
  reasons: Reason[];
}

const SOURCE_OF_FIGURE: Localized = { fr: 'La dépêche (chiffre non vérifié)', en: 'The dispatch (figure not checked)' };
const LOCATIVE_PLACE = /\b(?:à|au|dans|in|at|near|près d[e'])\s+(?:\S+\s+){0,3}$/iu;

/** A story's design read from its text alone: the annotation an editor would start from. Deterministic. */
export function inferDesign(paragraphs: readonly Paragraph[], month: string | null, world: World): InferredDesign {
  const gazetteer = createGazetteer();
  const entries = new Map(gazetteer.entries.map((entry) => [entry.id, entry]));
  const order = new Map(paragraphs.map((paragraph, index) => [paragraph.id, index]));
  const mentions = findMentions([...paragraphs], gazetteer).sort((a, b) => order.get(a.paragraph)! - order.get(b.paragraph)! || a.start - b.start);
  const placeCountry = new Map(gazetteer.entries.map((entry) => [entry.id, entry.country]));
  const byCountry = groupBy(mentions, (m) => {
    const country = countryOfMention(m, placeCountry, new Map());
    return country && world.countries.has(country) ? country : undefined;
  });
  const counts = new Map([...byCountry].map(([iso3, list]) => [iso3, list.length]));
  const lang = detectLanguage(paragraphs.map((paragraph) => paragraph.text).join(' '));
  const published = publicationDate(month, paragraphs);
  const focus = findFocus(paragraphs, mentions, entries, counts);
  const reasons: Reason[] = [];
  const title = inferTitle(paragraphs);
  reasons.push({ path: ['title'], text: 'inferred: the lead sentence\'s main clause, in the article\'s language' });
  const countries = countryList(focus, paragraphs, byCountry, mentions, entries, reasons);
  const events = eventList(findDates(paragraphs, published), focus, mentions, entries, paragraphs, reasons);
  const claims = claimList(findFigures(paragraphs, mentions, entries, lang, focus?.country), paragraphs, world, reasons);
  const core = countries.filter((country) => country.role !== 'mentioned').map((country) => country.id);
  const focusPoint = focus ? (focus.place ? entries.get(focus.place)?.coordinates : undefined) ?? world.labelPoint(focus.country) : undefined;
  const camera = focus && focusPoint ? frameCamera(world, focus.country, focusPoint, core.flatMap((id) => anchorOf(id, mentions, entries, world))) : undefined;
  if (camera) reasons.push({ path: ['camera'], text: 'inferred: frames the focus and the countries with a role near it' });
  if (focus) reasons.push({ path: ['focus'], text: `inferred from the ${focus.evidence.kind}${focus.evidence.mention ? `: "${focus.evidence.mention.text}"` : ''}` });
  const annotation: AnnotationInput = {
    title: { fr: title, en: title },
    ...(published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? { published } : {}),
    ...(camera ? { camera } : {}),
    ...(focus ? { focus: { country: focus.country, ...(focus.place ? { place: focus.place } : {}) } } : {}),
    countries,
    events,
    claims,
    steps: steps(title, core, focus, events, entries),
  };
  return { annotation, reasons };
}

/** Where a country stands on the camera's frame: a place the article names in it, else its label point. */
function anchorOf(iso3: string, mentions: readonly Mention[], entries: ReadonlyMap<string, GazetteerEntry>, world: World): Position[] {
  const named = mentions.find((m) => m.form === 'place' && entries.get(m.entity)?.country === iso3 && entries.get(m.entity)?.coordinates);
  const point = named ? entries.get(named.entity)!.coordinates! : world.labelPoint(iso3);
  return point ? [point] : [];
}

function countryList(
  focus: Focus | null,
  paragraphs: readonly Paragraph[],
  byCountry: ReadonlyMap<string, Mention[]>,
  mentions: readonly Mention[],
  entries: ReadonlyMap<string, GazetteerEntry>,
  reasons: Reason[],
): { id: string; role: CountryRole }[] {
  const roles = [...inferRoles(focus, paragraphs, byCountry, mentions, entries)].sort(
    ([a, x], [b, y]) => ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role) || (a < b ? -1 : 1),
  );
  roles.forEach(([, role], index) => {
    reasons.push({ path: ['countries', index], text: `${role.role}: ${role.why}${role.because ? ` ("${role.because.text}", ${role.because.paragraph})` : ''}` });
  });
  return roles.map(([id, role]) => ({ id, role: role.role }));
}

type EventInput = NonNullable<AnnotationInput['events']>[number];

/** One event per date the article states (its first mention), at the place its sentence names. */
function eventList(dates: FoundDate[], focus: Focus | null, mentions: readonly Mention[], entries: ReadonlyMap<string, GazetteerEntry>, paragraphs: readonly Paragraph[], reasons: Reason[]): EventInput[] {
  const seen = new Set<string>();
  const events: { event: EventInput; why: string }[] = [];
  for (const found of dates) {
    if (seen.has(found.date)) continue;
    const place = placeOfSentence(found, mentions, entries, focus) ?? focus?.place ?? focus?.country;
    if (!place) continue;
    seen.add(found.date);
    const passage = excerpt(found.paragraph, found.start, found.end, 120);
    const name = entries.get(place)?.name ?? { fr: place, en: place };
    events.push({
      why: `${found.how} date "${found.paragraph.text.slice(found.start, found.end)}" (${found.paragraph.id}), ${found.date.length === 10 ? 'day' : 'month'} precision; place: ${place}`,
      event: {
        id: `event-${found.date}`,
        date: found.date,
        place,
        title: { fr: `${dateLabel(found.date, 'fr')} · ${name.fr}`, en: `${dateLabel(found.date, 'en')} · ${name.en}` },
        ...quoteOf(passage, paragraphs),
      },
    });
  }
  events.sort((a, b) => (a.event.date < b.event.date ? -1 : 1));
  events.forEach(({ why }, index) => reasons.push({ path: ['events', index], text: why }));
  return events.map(({ event }) => event);
}

/** A city the date's sentence says things happen in ("à Xi'an"), else one in the focus country. */
function placeOfSentence(found: FoundDate, mentions: readonly Mention[], entries: ReadonlyMap<string, GazetteerEntry>, focus: Focus | null): string | undefined {
  const text = found.paragraph.text;
  const [start, end] = sentenceAround(text, found.start);
  const places = mentions.filter((m) => m.paragraph === found.paragraph.id && m.form === 'place' && m.start >= start && m.end <= end && entries.get(m.entity)?.coordinates);
  const locative = places.find((m) => LOCATIVE_PLACE.test(text.slice(Math.max(start, m.start - 40), m.start)));
  return (locative ?? places.find((m) => entries.get(m.entity)?.country === focus?.country))?.entity;
}

type ClaimInput = NonNullable<AnnotationInput['claims']>[number];

function claimList(figures: FoundFigure[], paragraphs: readonly Paragraph[], world: World, reasons: Reason[]): ClaimInput[] {
  const claims: ClaimInput[] = [];
  const quoted = new Set<string>();
  for (const figure of figures) {
    // An annotation quote has at least 3 characters: "5%" alone is not quotable.
    if (figure.subjects.length === 0 || passageText(figure.passage).length < 3) continue;
    const ref = quoteOf(figure.passage, paragraphs);
    if (quoted.has(`${ref.quote}#${ref.occurrence ?? 1}`)) continue;
    quoted.add(`${ref.quote}#${ref.occurrence ?? 1}`);
    const measure = measurable(figure, world);
    reasons.push({ path: ['claims', claims.length], text: `${figure.kind} "${figure.words}" (${figure.passage.paragraph.id})${measure ? `, measured on the map as ${measure.type}` : ''}; the cited figure is the article's own until an editor cites a source` });
    claims.push({
      id: `${figure.kind}-${claims.length + 1}`,
      ...ref,
      subjects: [...figure.subjects, ...(measure?.type === 'border-length' ? [[...measure.between].sort().join('-')] : [])],
      statement: { fr: passageText(figure.passage), en: passageText(figure.passage) },
      stated: { value: figure.value, unit: figure.unit, ...(figure.approximate ? { approximate: true } : {}) },
      cited: { value: figure.value, unit: figure.unit, source: { name: SOURCE_OF_FIGURE } },
      ...(measure ? { measure } : {}),
    });
  }
  return claims;
}

function measurable(figure: FoundFigure, world: World): FoundFigure['measure'] | undefined {
  const measure = figure.measure;
  if (measure?.type === 'border-length') return world.borderLengthKm(...measure.between) ? measure : undefined;
  if (measure?.type === 'area-ratio') return world.exactCountry(measure.of) && world.exactCountry(measure.to) ? measure : undefined;
  return undefined;
}

type StepInput = NonNullable<AnnotationInput['steps']>[number];

/** An overview, then one step per dated event when there are two or more. */
function steps(title: string, core: string[], focus: Focus | null, events: EventInput[], entries: ReadonlyMap<string, GazetteerEntry>): StepInput[] {
  const overview: StepInput = { id: 'overview', title: { fr: title, en: title }, countries: core, places: focus?.place ? [focus.place] : [] };
  if (events.length < 2) return [overview];
  return [
    overview,
    ...events.map((event): StepInput => ({
      id: `step-${event.date}`,
      title: event.title,
      events: [event.id],
      ...(entries.get(event.place)?.kind === 'country' || !entries.has(event.place) ? { countries: [event.place] } : { places: [event.place] }),
    })),
  ];
}

function dateLabel(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  const name = (lang === 'fr' ? FRENCH_MONTHS : ENGLISH_MONTHS)[Number(month) - 1]!;
  const monthName = lang === 'en' ? name[0]!.toUpperCase() + name.slice(1) : name;
  if (!day) return `${lang === 'fr' ? monthName[0]!.toUpperCase() + monthName.slice(1) : monthName} ${year}`;
  return `${Number(day)}${lang === 'fr' && day === '01' ? 'er' : ''} ${monthName} ${year}`;
}
