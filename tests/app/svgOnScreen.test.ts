import { describe, expect, it } from 'vitest';
import { herePlaces } from '../../src/app/data/herePlaces';
import { cameraFor, type CameraTarget } from '../../src/app/map/camera';
import { mercatorProjector } from '../../src/app/map/mercatorView';
import { drawStory } from '../../src/app/map/svgDrawing';
import { svgOnScreen } from '../../src/app/map/svgOnScreen';
import { compiledStories } from './compiledData';

describe('what the SVG map draws in its frame, for the legend', () => {
  const [story] = compiledStories();
  const { layers, manifest } = story!;
  const viewport = { width: 985, height: 780 };
  const drawn = (target: CameraTarget) => {
    const camera = cameraFor(target, viewport);
    const options = { project: mercatorProjector(camera, viewport), viewport, zoom: camera.zoom, here: herePlaces(layers), endPlaces: new Set<string>(), shownRelations: new Set<string>() };
    return svgOnScreen(drawStory(layers, options));
  };

  it('leaves out the United States in the overview of Central Asia, and keeps the host and Astana’s ring', () => {
    const overview = drawn({ bounds: manifest.bounds });
    expect(overview.roles).toContain('host');
    expect(overview.roles).not.toContain('actor');
    expect(overview.here).toBe(true);
  });

  it('names the United States once the frame reaches Washington', () => {
    expect(drawn({ bounds: [-125, 20, 80, 60] }).roles).toContain('actor');
  });
});
