import { describe, expect, it } from 'vitest';
import { edgeLabels, EDGE_MARGIN, labelsToFlip, type EdgeLabel } from '../../src/app/map/edgeLabels';
import { compiledStories } from './compiledData';

const size = { width: 390, height: 500 };
/** A flat projection for the tests: one degree is ten pixels. */
const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: lat * 10 });
const label = (id: string, x: number, width = 50): EdgeLabel => ({ id, at: [x / 10, 20], width });

describe('place names at the edge of the map', () => {
  it('flips a name that would run off the right edge to the left of its dot', () => {
    expect(labelsToFlip([label('beijing', 360)], project, size)).toEqual(['beijing']);
  });

  it('leaves names that fit, names of dots off screen, and names with no room on the left either', () => {
    const fits = label('astana', 390 - EDGE_MARGIN - 50);
    const offScreen = label('washington', 420);
    const noRoom = label('wide', 300, 320);
    expect(labelsToFlip([fits, offScreen, noRoom], project, size)).toEqual([]);
  });

  it('measures every named dot of the seed story, the host capital widest for its size and ring', () => {
    const [{ layers }] = compiledStories() as [ReturnType<typeof compiledStories>[number]];
    const labels = edgeLabels(layers.places.features, 'fr', (text, size) => text.length * size * 0.6);
    const ids = labels.map((l) => l.id);
    expect(ids).toContain('beijing');
    expect(ids).not.toContain('kremlin');
    const astana = labels.find((l) => l.id === 'astana')!;
    const moscow = labels.find((l) => l.id === 'moscow')!;
    expect(astana.width).toBeGreaterThan(moscow.width);
  });
});
