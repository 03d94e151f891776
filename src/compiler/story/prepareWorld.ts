import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import type { Localized, Measured } from '../../shared/contract';
import { createGazetteer } from '../gazetteer';
import {
  borderLengthKm,
  countriesByIso,
  countryArcs,
  cutCountries,
  DISPLAY_TOLERANCE,
  FAR_TOLERANCE,
  labelPoint,
  normalizeAreaGeometry,
  topologySimplifier,
  worldCountries,
  applyWorldView,
  policyDisputedLines,
  type SimplifiedTopology,
  type TopologySimplifyOptions,
  type WorldAtlases,
} from '../geometry';
import type { CountryGeometry, DisplayGeometry, World } from './world';

/** The basemap every story is drawn on, prepared from the atlases the shell read. */
export function prepareWorld(atlases: WorldAtlases): World {
  const atlas = atlases.fine;
  const topology = applyWorldView(atlas);
  const far = applyWorldView(atlases.coarse);
  const simplify = topologySimplifier(topology);
  // Coarse shapes are enough to tell which countries touch a region and where a label goes,
  // and converting them is a third of the cost of the drawn ones.
  const countries = byIso(worldCountries(simplify({ tolerance: FAR_TOLERANCE }).topology).features);
  return {
    topology,
    countries,
    display: displayGeometry(simplify, countries, countryArcs(topology)),
    exactCountry: exactCountries(topology),
    borderLengthKm: memoBorderLengths(topology),
    labelPoint: memoLabelPoints(countries),
    nameOf: countryNames(countries),
    far: { topology: far, countries: worldCountries(far).features },
    policyLines: policyDisputedLines(atlas),
  };
}

type Simplify = (options: TopologySimplifyOptions) => SimplifiedTopology<Topology>;

/**
 * Simplifying and converting is the costly part of a compile: stories that share a region share the work,
 * and a country whose arcs all got the same tolerances in another region is the very same shape there.
 */
function displayGeometry(simplify: Simplify, countries: ReadonlyMap<string, CountryGeometry>, arcsOf: ReadonlyMap<string, number[]>): World['display'] {
  const byRegion = new Map<string, DisplayGeometry>();
  const converted = new Map<string, CountryGeometry>();
  return (region) => {
    const key = region.join(',');
    let display = byRegion.get(key);
    if (!display) {
      const { topology: simplified, tolerances } = simplify({ tolerance: DISPLAY_TOLERANCE, farTolerance: FAR_TOLERANCE, region });
      const shapeKey = (iso3: string) => `${iso3}:${(arcsOf.get(iso3) ?? []).map((arc) => tolerances[arc]).join(',')}`;
      display = {
        topology: simplified,
        near: cutCountries([...countries.values()], { bbox: region }).map((country) => country.properties.a3),
        countries: (isoIds) => {
          const missing = isoIds.filter((iso3) => !converted.has(shapeKey(iso3)));
          for (const country of countriesByIso(simplified, missing)) converted.set(shapeKey(country.properties.a3), country);
          return isoIds.flatMap((iso3) => converted.get(shapeKey(iso3)) ?? []);
        },
      };
      if (byRegion.size >= 16) {
        byRegion.clear();
        converted.clear();
      }
      byRegion.set(key, display);
    }
    return display;
  };
}

function memoLabelPoints(countries: ReadonlyMap<string, CountryGeometry>): World['labelPoint'] {
  const points = new Map<string, Position | undefined>();
  return (iso3) => {
    if (!points.has(iso3)) {
      const country = countries.get(iso3);
      points.set(iso3, country ? labelPoint(country) : undefined);
    }
    return points.get(iso3);
  };
}

function memoBorderLengths(topology: Topology): World['borderLengthKm'] {
  const lengths = new Map<string, Measured | undefined>();
  return (a, b) => {
    const key = [a, b].sort().join('-');
    if (!lengths.has(key)) lengths.set(key, borderLengthKm(topology, a, b));
    return lengths.get(key);
  };
}

function byIso(features: CountryGeometry[]): Map<string, CountryGeometry> {
  return new Map(features.map((country) => [country.properties.a3, country]));
}

function exactCountries(topology: Topology): (iso3: string) => CountryGeometry | undefined {
  const cache = new Map<string, CountryGeometry | undefined>();
  const objects = (topology.objects.countries as { geometries: (GeometryObject & { properties?: { a3?: string } })[] }).geometries;
  return (iso3) => {
    if (!cache.has(iso3)) {
      const object = objects.find((candidate) => candidate.properties?.a3 === iso3);
      const raw = object ? (feature(topology, object) as CountryGeometry) : undefined;
      const geometry = raw?.geometry ? normalizeAreaGeometry(raw.geometry, 6) : null;
      cache.set(iso3, geometry ? { type: 'Feature', properties: { a3: iso3 }, geometry } : undefined);
    }
    return cache.get(iso3);
  };
}

function countryNames(countries: ReadonlyMap<string, CountryGeometry>): (iso3: string) => Localized {
  const names = new Map<string, Localized>(
    createGazetteer().entries.flatMap((entry) => (entry.kind === 'country' ? [[entry.id, entry.name] as const] : [])),
  );
  return (iso3) => {
    const fallback = countries.get(iso3)?.properties.name ?? iso3;
    return names.get(iso3) ?? { fr: fallback, en: fallback };
  };
}
