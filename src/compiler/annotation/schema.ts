import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'an id of letters, digits, "-" or "_"');
const localized = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });
const longitude = z.number().min(-180, 'a longitude from -180 to 180').max(180, 'a longitude from -180 to 180');
const latitude = z.number().min(-90, 'a latitude from -90 to 90').max(90, 'a latitude from -90 to 90');
const coordinates = z.tuple([longitude, latitude]);
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'an ISO 8601 date, YYYY-MM or YYYY-MM-DD');
const oneOrMany = z.union([id, z.array(id).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));
const httpUrl = z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' });
const source = z.strictObject({ name: z.string().min(1), url: httpUrl.optional() });

export const COUNTRY_ROLES = ['host', 'central-asia', 'actor', 'rival', 'neighbour', 'mentioned', 'context'] as const;
export const RELATION_KINDS = [
  'border', 'aid', 'alliance', 'customs-union', 'pipeline', 'trade', 'war', 'travel', 'influence', 'diplomacy', 'sanctions',
] as const;
export const PLACE_KINDS = ['capital', 'city', 'building', 'site', 'region'] as const;

const camera = z.strictObject({
  center: coordinates,
  zoom: z.number().min(0).max(22),
  bearing: z.number().optional(),
  pitch: z.number().min(0).max(85).optional(),
  projection: z.enum(['mercator', 'globe']).optional(),
});

const country = z.strictObject({ id, role: z.enum(COUNTRY_ROLES) });

const place = z.strictObject({
  id,
  name: localized,
  coordinates,
  /** Required for every kind except `region`. */
  country: id.optional(),
  kind: z.enum(PLACE_KINDS).default('city'),
  aliases: z.array(z.string().min(2)).default([]),
  context: z.boolean().default(false),
  note: localized.optional(),
});

const person = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(2)).default([]),
  country: id,
  role: localized.optional(),
});

const relation = z.strictObject({
  id,
  kind: z.enum(RELATION_KINDS),
  from: id,
  to: oneOrMany,
  label: localized,
  quote: z.string().min(3).optional(),
  directed: z.boolean().default(true),
  context: z.boolean().default(false),
  /** Waypoints a route is drawn through: place ids or [lon, lat]. Well-known geography, so drawn as context. */
  path: z.array(z.union([id, coordinates])).min(2).optional(),
  note: localized.optional(),
});

const event = z.strictObject({
  id,
  date: isoDate,
  place: id,
  title: localized,
  quote: z.string().min(3),
  note: localized.optional(),
  context: z.boolean().default(false),
});

const measure = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('area-ratio'), of: id, to: id, mainlandOnly: z.boolean().default(true) }),
  z.strictObject({ type: z.literal('border-length'), between: z.tuple([id, id]) }),
]);

/** A reference figure's source: a proper name (`CIA World Factbook`) or a name that reads in each language. */
const figureSource = z.strictObject({ name: z.union([z.string().min(1), localized]), url: httpUrl.optional() });
const citedFigure = z.strictObject({ value: z.number(), unit: z.string().min(1), source: figureSource });

const claim = z.strictObject({
  id,
  quote: z.string().min(3),
  subjects: z.array(id).min(1),
  statement: localized,
  /** `approximate`: the article hedges the figure ("quelque 7.500 kilomètres"), and the card keeps the hedge. */
  stated: z.strictObject({ value: z.number(), unit: z.string().min(1), approximate: z.boolean().default(false) }),
  cited: citedFigure,
  /** Further reference figures, each with its own source (an official figure beside an encyclopaedia's). */
  alsoCited: z.array(citedFigure).default([]),
  measure: measure.optional(),
});

const step = z.strictObject({
  id,
  title: localized,
  body: localized.optional(),
  events: z.array(id).default([]),
  relations: z.array(id).default([]),
  countries: z.array(id).default([]),
  places: z.array(id).default([]),
  camera: camera.optional(),
});

export const annotationSchema = z.strictObject({
  title: localized,
  source: source.default({ name: 'AFP' }),
  published: isoDate.optional(),
  region: z.strictObject({ bbox: z.tuple([longitude, latitude, longitude, latitude]) }).optional(),
  camera: camera.optional(),
  /** The first view: the few relations it draws, the ones that carry the headline; the others wait for their step. */
  overview: z.strictObject({ relations: z.array(id).default([]) }).optional(),
  countries: z.array(country).default([]),
  places: z.array(place).default([]),
  people: z.array(person).default([]),
  relations: z.array(relation).default([]),
  events: z.array(event).default([]),
  claims: z.array(claim).default([]),
  steps: z.array(step).default([]),
});

export type Annotation = z.output<typeof annotationSchema>;
export type AnnotationPlace = Annotation['places'][number];
export type AnnotationRelation = Annotation['relations'][number];
export type AnnotationClaim = Annotation['claims'][number];
export type AnnotationCamera = z.output<typeof camera>;
