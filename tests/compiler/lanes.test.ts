import { describe, expect, it } from 'vitest';
import { withLanes, type UnlanedRelation } from '../../src/compiler/story/lanes';

const relation = (relation: string, from: string, to: string): UnlanedRelation => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] },
  properties: { id: `${relation}:${to}`, relation, kind: 'trade', from, to, label: { fr: relation, en: relation }, quote: null, directed: true, context: false },
});
const lanes = (features: UnlanedRelation[]) => Object.fromEntries(withLanes(Object.freeze(features)).map((f) => [f.properties.id, f.properties.lane]));

describe('withLanes', () => {
  it('sets three relations between the same two ends side by side, in the order they are written', () => {
    expect(lanes([relation('a', 'USA', 'KAZ'), relation('b', 'KAZ', 'USA'), relation('c', 'USA', 'KAZ')])).toEqual({ 'a:KAZ': -2, 'b:USA': 0, 'c:KAZ': 2 });
  });

  it('leaves a relation alone on its ends in the middle lane', () => {
    expect(lanes([relation('a', 'USA', 'KAZ'), relation('b', 'USA', 'UZB')])).toEqual({ 'a:KAZ': 0, 'b:UZB': 0 });
  });

  it('takes a relation’s ends as its origin and all its targets, and gives every leg the relation’s lane', () => {
    const fan = [relation('a', 'CHN', 'KAZ'), relation('a', 'CHN', 'KGZ'), relation('b', 'CHN', 'KAZ'), relation('c', 'CHN', 'KAZ'), relation('c', 'CHN', 'KGZ')];
    expect(lanes(fan)).toEqual({ 'a:KAZ': -1, 'a:KGZ': -1, 'b:KAZ': 0, 'c:KAZ': 1, 'c:KGZ': 1 });
  });
});
