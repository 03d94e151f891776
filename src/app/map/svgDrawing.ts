import type { CountryRole, Localized, PlaceProperties, RelationKind, StoryLayers } from '../../shared/contract';
import type { Viewport } from './camera';
import { pathData, type Bleed, type Project } from './mercatorView';
import { runNow, type Steps } from './slices';
import { BACKGROUND_ZOOM, DETAIL_ZOOM } from './style';

/** What the SVG map draws for one view, in its pixels. Pure: the reader's state is applied when it is rendered. */
export interface SvgDrawing {
  /** The world's land as one path: it never overlaps itself, and a redraw then replaces one element. */
  land: string;
  boundaries: { id: string; d: string; disputed: boolean }[];
  countries: { id: string; name: Localized; mentionCount: number; role: CountryRole; emphasis: number; d: string }[];
  /** One path per style of border, not one per border, for the same reason. */
  borders: { d: string; emphasis: boolean }[];
  /** `fan`: one of several lines of the same relation (to several targets). */
  relations: { id: string; relation: string; kind: RelationKind; context: boolean; fan: boolean; d: string }[];
  places: { id: string; x: number; y: number; context: boolean; here: boolean }[];
}

export interface DrawOptions {
  project: Project;
  viewport: Viewport;
  zoom: number;
  here: ReadonlySet<string>;
  /** Places at either end of a relation drawn: their dots show at every zoom. */
  endPlaces: ReadonlySet<string>;
  shownRelations: ReadonlySet<string>;
  /** Areas and lines drawn this far past the view (a pre-rendered map, see prerender/mapFrame.ts). */
  bleed?: Bleed;
}

/** The story's layers as SVG paths and points for one view. */
export function drawStory(layers: StoryLayers, options: DrawOptions): SvgDrawing {
  return runNow(drawingSteps(layers, options));
}

/** drawStory's work, a step per feature (see slices.ts): the paths are most of a redraw's time. */
export function* drawingSteps(layers: StoryLayers, options: DrawOptions): Steps<SvgDrawing> {
  const lines = new Map<string, number>();
  for (const f of layers.relations.features) lines.set(f.properties.relation, (lines.get(f.properties.relation) ?? 0) + 1);
  const path = (geometry: Parameters<typeof pathData>[0]) => pathData(geometry, options.project, options.viewport, options.bleed);
  const land = (yield* eachFeature(layers.land.features, (f) => path(f.geometry) || undefined)).join('');
  const boundaries = yield* eachFeature(layers.boundaries.features, (f, i) => ({ id: `${f.properties.kind}-${i}`, d: path(f.geometry), disputed: f.properties.kind === 'disputed' }));
  const countries = yield* eachFeature(layers.countries.features, ({ properties: p, geometry }) => ({ id: p.id, name: p.name, mentionCount: p.mentionCount, role: p.role, emphasis: p.emphasis, d: path(geometry) }));
  const eachBorder = yield* eachFeature(layers.borders.features, (f) => ({ emphasis: f.properties.emphasis, d: path(f.geometry) }));
  const borders = [false, true].map((emphasis) => ({ emphasis, d: eachBorder.filter((b) => b.emphasis === emphasis).map((b) => b.d).join('') })).filter((b) => b.d);
  const shown = layers.relations.features.filter((f) => options.shownRelations.has(f.properties.relation));
  const relations = yield* eachFeature(shown, (f) => ({ id: f.properties.id, relation: f.properties.relation, kind: f.properties.kind, context: f.properties.context, fan: (lines.get(f.properties.relation) ?? 0) > 1, d: path(f.geometry) }));
  return { land, boundaries, countries, borders, relations, places: drawPlaces(layers, options) };
}

/** Each feature drawn, a step apart; features that draw nothing in the view (no path) are left out. */
function* eachFeature<F, T extends string | { d: string }>(features: readonly F[], draw: (feature: F, index: number) => T | undefined): Steps<T[]> {
  const drawn: T[] = [];
  for (const [i, feature] of features.entries()) {
    const item = draw(feature, i);
    if (item && (typeof item === 'string' || item.d)) drawn.push(item);
    yield;
  }
  return drawn;
}

/** The place dots alone: a few points, where the rest of the drawing is most of a redraw's time. */
export function drawPlaces(layers: Pick<StoryLayers, 'places'>, options: DrawOptions): SvgDrawing['places'] {
  const { project, viewport } = options;
  return layers.places.features.flatMap((f) => {
    if (!placeShown(f.properties, 'dot', options)) return [];
    const [x, y] = project(f.geometry.coordinates);
    return inside(x, y, viewport) ? [{ id: f.properties.id, x, y, context: f.properties.context, here: options.here.has(f.properties.id) }] : [];
  });
}

/**
 * Whether the WebGL style shows a place's dot or name at this zoom (its place layers' filters and minzooms):
 * background places wait for BACKGROUND_ZOOM unless a drawn relation ends there, buildings for DETAIL_ZOOM,
 * and a region has a name but no dot.
 */
export function placeShown(place: Pick<PlaceProperties, 'id' | 'kind' | 'context'>, what: 'dot' | 'name', options: Pick<DrawOptions, 'zoom' | 'endPlaces'>): boolean {
  if (place.kind === 'building') return options.zoom >= DETAIL_ZOOM;
  if (place.kind === 'region') return what === 'name';
  return !place.context || options.endPlaces.has(place.id) || options.zoom >= BACKGROUND_ZOOM;
}

export function inside(x: number, y: number, { width, height }: Viewport): boolean {
  return x >= 0 && x <= width && y >= 0 && y <= height;
}
