import { createPropertyExpression, isExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, LayerSpecification, StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/shared/contract';
import { toMapData, type MapLayers } from '../../src/app/data/mapData';
import { HIGHLIGHT_SOURCE, highlightCollection } from '../../src/app/map/highlight';
import { buildStyle, INTERACTIVE_LAYERS, mapLayers, SOURCE_IDS, type SourceId } from '../../src/app/map/style';
import { lightTheme } from '../../src/app/map/theme';
import { compiledStories } from './compiledData';


/** Every property name a layer reads with ['get', name]. */
function propertiesRead(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value[0] === 'get' && typeof value[1] === 'string' && value.length === 2) found.add(value[1]);
    for (const item of value) propertiesRead(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) propertiesRead(item, found);
  }
  return found;
}

function reads(layer: LayerSpecification): Set<string> {
  const { paint, layout, filter } = layer as { paint?: unknown; layout?: unknown; filter?: ExpressionSpecification };
  return propertiesRead([paint, layout, filter]);
}

/** The paint properties a layer varies by feature, each of which MapLibre's shader reads per vertex. */
function perFeatureProperties(layer: LayerSpecification): string {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`] ?? {};
  const paint = ((layer as { paint?: Record<string, unknown> }).paint ?? {});
  const varies = (name: string) => {
    const value = paint[name];
    if (!isExpression(value)) return undefined;
    const parsed = createPropertyExpression(value, name, spec[name]!);
    expect(parsed.result, `${layer.id} ${name}`).toBe('success');
    const kind = parsed.result === 'success' ? parsed.value.kind : 'invalid';
    // MapLibre keys its programs apart for a property read per feature (source) and per feature and zoom (composite).
    return kind === 'source' || kind === 'composite' ? `${name}:${kind}` : undefined;
  };
  return Object.keys(spec).flatMap((name) => varies(name) ?? []).sort().join(' ');
}

describe('buildStyle', () => {
  for (const lang of LANGS) {
    it(`passes the style-spec validator (${lang}, empty sources)`, () => {
      const style = buildStyle({ theme: lightTheme, lang });
      expect(validateStyleMin(style)).toEqual([]);
    });
  }

  it('lets the layers of each type share one shader program (dashed lines have their own)', () => {
    const programs = new Map<string, Set<string>>();
    for (const layer of mapLayers({ theme: lightTheme, lang: 'fr' })) {
      if (layer.type === 'background') continue;
      const dashed = (layer as { paint?: Record<string, unknown> }).paint?.['line-dasharray'] !== undefined;
      const program = `${layer.type}${dashed ? ' dashed' : ''}`;
      programs.set(program, (programs.get(program) ?? new Set()).add(perFeatureProperties(layer)));
    }
    expect(programs.get('symbol')?.size).toBe(1);
    for (const [program, variants] of programs) expect([...variants], program).toHaveLength(1);
  });

  it('gives every layer a unique id', () => {
    const ids = mapLayers({ theme: lightTheme, lang: 'fr' }).map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('only uses sources the style declares', () => {
    const style = buildStyle({ theme: lightTheme, lang: 'fr' });
    for (const layer of style.layers) {
      if ('source' in layer && layer.source !== undefined) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('makes interactive only layers that exist', () => {
    const ids = mapLayers({ theme: lightTheme, lang: 'fr' }).map((layer) => layer.id);
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });

  it('reads French names by default and English ones when asked', () => {
    const read = (lang: Lang) => propertiesRead(mapLayers({ theme: lightTheme, lang }));
    expect(read('fr')).toContain('name_fr');
    expect(read('fr')).not.toContain('name_en');
    expect(read('en')).toContain('label_en');
  });

  it('does not mutate the data it is given', () => {
    const [story] = compiledStories();
    const layers = structuredClone(story!.layers);
    const frozen = JSON.stringify(layers);
    toMapData(layers);
    expect(JSON.stringify(layers)).toBe(frozen);
  });
});

/** The features a source holds: the data's own, or for the highlight source a selected and a hovered country. */
function featuresOf(source: string, data: MapLayers) {
  if (source === HIGHLIGHT_SOURCE) {
    const [first, second] = data.countries.features.map((f) => String(f.properties.id));
    return highlightCollection(data.countries, { selected: [first!], hover: [second!] }).features;
  }
  expect(SOURCE_IDS).toContain(source);
  return data[source as SourceId].features;
}

describe('the style against the compiled data', () => {
  for (const { manifest, layers } of compiledStories()) {
    const approximately = { fr: (f: string) => `quelque ${f}`, en: (f: string) => `some ${f}` };
    const data = toMapData(layers, { claims: manifest.claims, approximately });
    for (const lang of LANGS) {
      it(`${manifest.id}: every property a ${lang} layer reads is on every feature of its source`, () => {
        for (const layer of mapLayers({ theme: lightTheme, lang })) {
          if (!('source' in layer) || typeof layer.source !== 'string') continue;
          const source = layer.source;
          const features = featuresOf(source, data);
          expect(features.length, `${source} has features`).toBeGreaterThan(0);
          for (const property of reads(layer)) {
            const missing = features.filter((f) => !(property in f.properties)).map((f) => f.properties.id);
            // `note` is optional in the contract and only read where it exists.
            expect(missing, `${layer.id} reads "${property}", missing on ${source}: ${missing.slice(0, 5).join(', ')}`).toEqual([]);
          }
        }
      });
    }

    it(`${manifest.id}: validates with the real data inline`, () => {
      expect(validateStyleMin(buildStyle({ theme: lightTheme, lang: 'fr' }, data))).toEqual([]);
    });
  }
});
