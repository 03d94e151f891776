import { definiteName } from '../gazetteer/definiteNames';
import type { Feature, Position } from 'geojson';
import type {
  BorderFeature,
  CountryFeature,
  CountrySummary,
  LabelFeature,
  PlaceFeature,
  RelationFeature,
  StoryLayers,
} from '../../shared/contract';
import type { Topology } from 'topojson-specification';
import type { Bbox } from '../../shared/bbox';
import {
  boundaryFeatures,
  disputedRegionOf,
  emphasisScale,
  isTerritory,
  labelInView,
  landFeatures,
  sharedBorders,
  splitLinesByBox,
  type EmphasisScale,
} from '../geometry';
import { lineGeometry } from '../geometry/clean';
import { lineMiddle } from '../geometry/lineMiddle';
import { countryFrame } from './countryFrame';
import { emphasisWeights } from './emphasisWeight';
import type { StoryModel } from './model';
import { roleOf } from './roles';
import { withLanes } from './lanes';
import { relationFeatures } from './relations';
import { sortById } from './sortById';
import type { DisplayGeometry, World } from './world';
import { markHere } from './here';

export interface BuiltLayers {
  layers: StoryLayers;
  emphasis: EmphasisScale;
  summaries: CountrySummary[];
  anchorOf: (id: string) => Position | undefined;
}

/** `view` is the part of the map the reader sees first: country names are placed inside it where they can be. */
export function buildLayers(model: StoryModel, world: World, view: Bbox = model.region): BuiltLayers {
  const anchorOf = anchors(model, world);
  const weights = emphasisWeights(model);
  const emphasis = emphasisScale([...weights.values()]);
  const display = world.display(model.region);
  const topology = display.topology;
  const unframed = countryFeatures(model, world, display, (iso3) => emphasis(weights.get(iso3) ?? 0));
  const ids = unframed.map((feature) => feature.properties.id);
  const { borders, disputed } = borderFeatures(model, world, topology, ids);
  const places = markHere(placeFeatures(model), model.roles);
  const countries = withFrames(unframed, places, borders);
  const drawn = new Set(ids);
  const relations = collection(relationFeatures(model, anchorOf, topology, world));
  const layers: StoryLayers = {
    countries: collection(countries),
    borders: collection(borders),
    places: collection(places),
    labels: collection(labelFeatures(countries, world, view)),
    relations: { ...relations, features: withLanes(relations.features) },
    land: collection(landFeatures(world.far.countries, drawn)),
    boundaries: collection(boundaryFeatures(world.far.topology, drawn, [...world.policyLines, ...disputed])),
  };
  return { layers, emphasis, summaries: summaries(countries, model), anchorOf };
}

function collection<F extends Feature & { properties: { id: string } }>(features: F[]): { type: 'FeatureCollection'; features: F[] } {
  return { type: 'FeatureCollection', features: sortById(features.map((feature) => ({ ...feature, id: feature.properties.id }))) };
}

type UnframedCountry = Feature<CountryFeature['geometry'], Omit<CountryFeature['properties'], 'frame'>> & { id: string };

function countryFeatures(model: StoryModel, world: World, display: DisplayGeometry, emphasisOf: (iso3: string) => number): UnframedCountry[] {
  const shown = new Set([...display.near, ...[...model.roles.keys()].filter((id) => world.countries.has(id))].filter((id) => !isTerritory(id)));
  const cut = display.countries([...shown].sort());
  const mentioned = new Set(model.byCountry.keys());
  return cut.map((feature) => {
    const id = feature.properties.a3;
    const mentions = model.byCountry.get(id) ?? [];
    return {
      type: 'Feature',
      id,
      geometry: feature.geometry,
      properties: {
        id,
        name: world.nameOf(id),
        role: model.roles.get(id) ?? roleOf(id, new Map(), mentioned),
        mentionCount: mentions.length,
        emphasis: emphasisOf(id),
        mentions,
      },
    };
  });
}

/** The story's borders, less their parts inside a disputed region, which are returned as lines of their own. */
function borderFeatures(model: StoryModel, world: World, topology: Topology, ids: string[]): { borders: BorderFeature[]; disputed: Position[][] } {
  const disputed: Position[][] = [];
  const borders = measuredBorders(model, world, topology, ids).flatMap((border): BorderFeature[] => {
    const region = disputedRegionOf(...border.properties.countries);
    if (!region) return [border];
    const lines = border.geometry.type === 'LineString' ? [border.geometry.coordinates] : border.geometry.coordinates;
    const { inside, outside } = splitLinesByBox(lines, region.bbox);
    disputed.push(...inside);
    return outside.length ? [{ ...border, geometry: lineGeometry(outside) }] : [];
  });
  return { borders: borders.map(withLabelPoint), disputed };
}

/** An emphasised border gets the point its figure hangs on, half-way along the line as drawn. */
function withLabelPoint(border: BorderFeature): BorderFeature {
  const at = border.properties.emphasis ? lineMiddle(border.geometry) : undefined;
  return at ? { ...border, properties: { ...border.properties, labelAt: at } } : border;
}

function measuredBorders(model: StoryModel, world: World, topology: Topology, ids: string[]): BorderFeature[] {
  const emphasised = new Set(
    (model.annotation?.claims ?? []).flatMap((claim) =>
      claim.measure?.type === 'border-length' ? [[...claim.measure.between].sort().join('-')] : [],
    ),
  );
  for (const relation of model.annotation?.relations ?? []) {
    if (relation.kind === 'border') for (const to of relation.to) emphasised.add([relation.from, to].sort().join('-'));
  }
  return sharedBorders(topology, ids, world.nameOf).features.map((feature) => {
    const [a, b] = feature.properties.countries;
    const exact = world.borderLengthKm(a, b);
    return {
      ...feature,
      properties: { ...feature.properties, lengthKm: exact?.value ?? feature.properties.lengthKm, emphasis: emphasised.has(feature.properties.id) },
    };
  });
}

const CORE_ROLES: ReadonlySet<string> = new Set(['host', 'central-asia', 'actor']);

function withFrames(countries: UnframedCountry[], places: PlaceFeature[], borders: BorderFeature[]): CountryFeature[] {
  const core = new Set(countries.filter((c) => CORE_ROLES.has(c.properties.role)).map((c) => c.properties.id));
  return countries.map((country) => {
    const id = country.properties.id;
    const named = places.filter((place) => place.properties.country === id && place.properties.kind !== 'region').map((place) => place.geometry.coordinates);
    const shared = borders
      .filter(({ properties: { countries: [a, b] } }) => (a === id && core.has(b)) || (b === id && core.has(a)))
      .flatMap((border) => (border.geometry.type === 'LineString' ? border.geometry.coordinates : border.geometry.coordinates.flat()));
    // Rounded outwards, so that a place on the frame's edge stays inside it.
    const [west, south, east, north] = countryFrame(country.geometry, [...named, ...shared]);
    const frame: Bbox = [Math.floor(west * 100) / 100, Math.floor(south * 100) / 100, Math.ceil(east * 100) / 100, Math.ceil(north * 100) / 100];
    return { ...country, properties: { ...country.properties, frame } };
  });
}

function placeFeatures(model: StoryModel): PlaceFeature[] {
  const annotated = model.annotation?.places ?? [];
  const annotatedIds = new Set(annotated.map((place) => place.id));
  const found = [...model.byPlace.keys()]
    .filter((id) => !annotatedIds.has(id) && model.entries.get(id)?.coordinates)
    .sort((a, b) => (model.byPlace.get(b)?.length ?? 0) - (model.byPlace.get(a)?.length ?? 0) || (a < b ? -1 : 1));
  const focus = model.annotation?.focus?.place;
  const fromAnnotation = annotated.map((place, index): PlaceFeature => ({
    type: 'Feature',
    id: place.id,
    geometry: { type: 'Point', coordinates: place.coordinates },
    properties: {
      id: place.id,
      name: place.name,
      kind: place.kind,
      country: place.country ?? '',
      rank: index + 1,
      context: place.context,
      mentions: model.byPlace.get(place.id) ?? [],
      ...(place.note ? { note: place.note } : {}),
      ...(place.id === focus ? { focus: true as const } : {}),
    },
  }));
  const fromGazetteer = found.map((id, index): PlaceFeature => {
    const entry = model.entries.get(id)!;
    return {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: entry.coordinates! },
      properties: {
        id,
        name: entry.name,
        kind: entry.kind === 'country' || entry.kind === 'region' ? 'city' : entry.kind,
        country: entry.country ?? '',
        rank: annotated.length + index + 1,
        context: false,
        mentions: model.byPlace.get(id) ?? [],
        ...(id === focus ? { focus: true as const } : {}),
      },
    };
  });
  return [...fromAnnotation, ...fromGazetteer];
}

function labelFeatures(countries: CountryFeature[], world: World, view: Bbox): LabelFeature[] {
  return countries.map((country) => ({
    type: 'Feature',
    id: country.properties.id,
    geometry: { type: 'Point', coordinates: labelInView(country, world.labelPoint(country.properties.id)!, view) },
    properties: {
      id: country.properties.id,
      name: country.properties.name,
      role: country.properties.role,
      emphasis: country.properties.emphasis,
    },
  }));
}

function summaries(countries: CountryFeature[], model: StoryModel): CountrySummary[] {
  return countries
    .filter((country) => model.roles.has(country.properties.id))
    .map(({ properties: { id, name, role, mentionCount, emphasis } }) => ({ id, name, definite: definiteName(id, name), role, mentionCount, emphasis }))
    .sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1));
}

function anchors(model: StoryModel, world: World): (id: string) => Position | undefined {
  return (id) => {
    const entry = model.entries.get(id);
    if (entry?.coordinates) return entry.coordinates;
    const point = world.labelPoint(id);
    if (point) return point;
    const members = (entry?.members ?? []).flatMap((member): Position[] => { const point = world.labelPoint(member); return point ? [point] : []; });
    if (members.length === 0) return undefined;
    const mean = (axis: 0 | 1) => Math.round((members.reduce((sum, p) => sum + p[axis]!, 0) / members.length) * 1000) / 1000;
    return [mean(0), mean(1)];
  };
}

export type { RelationFeature };
