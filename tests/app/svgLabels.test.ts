import { describe, expect, it } from 'vitest';
import { herePlaces } from '../../src/app/data/herePlaces';
import { cameraFor } from '../../src/app/map/camera';
import { mercatorProjector } from '../../src/app/map/mercatorView';
import { drawStory } from '../../src/app/map/svgDrawing';
import { radialOffset, svgLabels, wrap } from '../../src/app/map/svgLabels';
import { borderFigures } from '../../src/app/map/borderFigures';
import { compiledStories } from './compiledData';

describe('radialOffset', () => {
  it('moves a name beside its point straight out for a side, along the diagonal for a corner', () => {
    expect(radialOffset('center', 0.7)).toEqual([0, 0]);
    expect(radialOffset('left', 0.7)).toEqual([0.7, 0]);
    expect(radialOffset('right', 0.7)).toEqual([-0.7, 0]);
    const [x, y] = radialOffset('top-left', 1);
    expect(x).toBeCloseTo(Math.SQRT1_2, 9);
    // Below the point, less MapLibre's baseline allowance (7/24 em).
    expect(y).toBeCloseTo(Math.SQRT1_2 - 7 / 24, 9);
  });
});

describe('wrap', () => {
  it('keeps a single word or a short name on one line', () => {
    expect(wrap('Turkménistan', 7, true)).toEqual(['Turkménistan']);
    expect(wrap('Inde', 7, false)).toEqual(['Inde']);
  });
  it('breaks a long name at a space into balanced lines', () => {
    expect(wrap('Terminal CPC (Novorossiisk)', 9, false)).toEqual(['Terminal CPC', '(Novorossiisk)']);
  });
});

describe('svgLabels', () => {
  const [story] = compiledStories();
  const layers = story!.layers;
  const viewport = { width: 985, height: 780 };
  const camera = cameraFor({ bounds: story!.manifest.bounds }, viewport);
  const options = { project: mercatorProjector(camera, viewport), viewport, zoom: camera.zoom, here: herePlaces(layers), endPlaces: new Set<string>(), shownRelations: new Set<string>() };
  const labels = svgLabels(layers, 'fr', drawStory(layers, options), options);

  it('anchors each name at its label point, projected as the map projects it', () => {
    const kaz = labels.find((l) => l.id === 'c-KAZ')!;
    const point = layers.labels.features.find((f) => f.properties.id === 'KAZ')!.geometry.coordinates;
    expect([kaz.x, kaz.y]).toEqual(options.project(point));
  });

  it('names the host, the five states and the place the story happens in', () => {
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(['c-KAZ', 'c-UZB', 'c-KGZ', 'c-TJK', 'c-TKM', 'p-astana']));
  });

  it('sets a place name to the right of its dot, as the style’s first anchor does', () => {
    const astana = labels.find((l) => l.id === 'p-astana')!;
    expect(astana.textAnchor).toBe('start');
    expect(astana.dx).toBeCloseTo(16 * 1.3, 9);
  });

  it('writes the border’s figure as the article states it, above its point, before any place name takes the room', () => {
    const figures = borderFigures(layers, story!.manifest.claims, 'fr', true);
    expect(figures.map((f) => f.text)).toEqual(['quelque 7\u00A0500 km']);
    const withFigure = svgLabels(layers, 'fr', drawStory(layers, options), options, undefined, figures);
    const figure = withFigure.find((l) => l.id.startsWith('b-'))!;
    expect([figure.x, figure.y]).toEqual(options.project(figures[0]!.at));
    expect(figure.textAnchor).toBe('middle');
    expect(figure.dy).toBeLessThan(0);
  });

  it('sets a name that would run off the right edge on the left of its dot, as the WebGL map flips it', () => {
    const phone = { width: 390, height: 470 };
    const phoneCamera = cameraFor({ bounds: story!.manifest.bounds }, phone);
    const phoneOptions = { ...options, project: mercatorProjector(phoneCamera, phone), viewport: phone, zoom: phoneCamera.zoom, endPlaces: new Set(['beijing']) };
    const beijing = svgLabels(layers, 'fr', drawStory(layers, phoneOptions), phoneOptions).find((l) => l.id === 'p-beijing')!;
    expect(beijing.x).toBeGreaterThan(phone.width - 60);
    expect(beijing.textAnchor).toBe('end');
  });
});
