import { describe, expect, it } from 'vitest';
import { herePlaces } from '../../src/app/data/herePlaces';
import { cameraFor } from '../../src/app/map/camera';
import { mercatorProjector } from '../../src/app/map/mercatorView';
import { runInSlices, runNow, type SliceClock, type Steps } from '../../src/app/map/slices';
import { drawingSteps, drawStory } from '../../src/app/map/svgDrawing';
import { svgLabels, svgLabelSteps } from '../../src/app/map/svgLabels';
import { compiledStories } from './compiledData';

function* counting(steps: number): Steps<number> {
  for (let i = 0; i < steps; i++) yield;
  return steps;
}

/** A clock where every step takes `stepMs`, and that counts the pauses it is asked for. */
function fakeClock(stepMs: number): SliceClock & { pauses: number } {
  let time = 0;
  const clock = {
    pauses: 0,
    now: () => (time += stepMs),
    pause: async () => {
      clock.pauses += 1;
    },
  };
  return clock;
}

describe('work run in slices', () => {
  it('gives the main thread back each time a slice has used its budget', async () => {
    const clock = fakeClock(1);
    await expect(runInSlices(counting(100), new AbortController().signal, 10, clock)).resolves.toBe(100);
    // Each step reads the clock once (1 ms), and the start of a slice once more: a pause every 10 ms of steps.
    expect(clock.pauses).toBeGreaterThanOrEqual(8);
    expect(clock.pauses).toBeLessThanOrEqual(10);
  });

  it('never pauses work that fits in one slice', async () => {
    const clock = fakeClock(0);
    await expect(runInSlices(counting(100), new AbortController().signal, 10, clock)).resolves.toBe(100);
    expect(clock.pauses).toBe(0);
  });

  it('stops, with no result, once aborted', async () => {
    const abort = new AbortController();
    const clock = { now: () => 0, pause: async () => abort.abort() };
    let ran = 0;
    function* tenSteps(): Steps<string> {
      for (let i = 0; i < 10; i++) {
        ran += 1;
        if (ran === 3) clock.now = () => 100;
        yield;
      }
      return 'finished';
    }
    await expect(runInSlices(tenSteps(), abort.signal, 10, clock)).resolves.toBeUndefined();
    expect(ran).toBe(3);
  });

  it('draws the seed story’s map and names alike at once and in slices of one step', async () => {
    const [story] = compiledStories();
    const { layers } = story!;
    const viewport = { width: 412, height: 500 };
    const camera = cameraFor({ bounds: story!.manifest.bounds }, viewport);
    const options = { project: mercatorProjector(camera, viewport), viewport, zoom: camera.zoom, here: herePlaces(layers), endPlaces: new Set<string>(), shownRelations: new Set(layers.relations.features.map((f) => f.properties.relation)) };
    const clock = fakeClock(1);
    const sliced = await runInSlices(drawingSteps(layers, options), new AbortController().signal, 0, clock);
    expect(sliced).toEqual(drawStory(layers, options));
    expect(clock.pauses).toBeGreaterThan(layers.land.features.length);
    const labels = await runInSlices(svgLabelSteps(layers, 'fr', sliced!, options), new AbortController().signal, 0, fakeClock(1));
    expect(labels).toEqual(svgLabels(layers, 'fr', sliced!, options));
    expect(runNow(counting(3))).toBe(3);
  });
});
