import type { Bbox } from '../../src/shared/bbox';
import { describe, expect, it } from 'vitest';
import type { CountryFeature, PlaceFeature } from '../../src/shared/contract';
import { indexFeatures } from '../../src/app/data/featureIndex';
import { initialReader, reader, readerFor, stepIndexOf, type ReaderAction, type ReaderState, type ReaderStory } from '../../src/app/state/reader';
import { parseUrlState } from '../../src/app/state/urlState';

const country = (id: string, frame: Bbox): CountryFeature => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [] },
  properties: { id, name: { fr: id, en: id }, mentions: [], role: 'host', mentionCount: 1, emphasis: 1, frame },
});
const place = (id: string, lon: number, lat: number): PlaceFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, name: { fr: id, en: id }, mentions: [], kind: 'capital', country: 'KAZ', rank: 1, context: false },
});

const story: ReaderStory = Object.freeze({
  steps: [
    { id: 'meet', events: ['visit'], relations: ['talks'], bounds: [60, 40, 80, 55] as Bbox },
    { id: 'border', events: [], relations: ['border-rus'], bounds: [50, 45, 90, 60] as Bbox },
  ],
  overview: { bounds: [40, 30, 100, 60] as Bbox },
  features: indexFeatures(
    { countries: { type: 'FeatureCollection', features: [country('KAZ', [46, 40, 87, 55])] }, places: { type: 'FeatureCollection', features: [place('astana', 71.4, 51.2)] } },
    [{ id: 'blinken', name: 'Antony Blinken', country: 'USA' }],
  ),
});

const run = (...actions: ReaderAction[]): ReaderState => actions.reduce((state, action) => reader(state, action, story), initialReader());

describe('reader', () => {
  it('starts in French, in the overview, with nothing selected and the address not yet read', () => {
    expect(initialReader()).toMatchObject({ lang: 'fr', selection: null, stepId: null, applied: false, camera: null });
  });

  it('reads the address: it selects, opens the sheet, and keeps the map where it starts on the first read', () => {
    const state = run({ type: 'address', url: { country: 'KAZ', step: 'border', lang: 'en' }, ignored: [], initial: true });
    expect(state).toMatchObject({ lang: 'en', selection: { kind: 'country', id: 'KAZ' }, stepId: 'border', sheetOpen: true, camera: null, history: 'replace', applied: true, notice: null });
  });

  it('flies to the address step on Back and Forward, and words ignored parameters once each', () => {
    const state = run({ type: 'address', url: { step: 'meet' }, ignored: ['place', 'place', 'story'] });
    expect(state.camera?.target).toBe(story.steps[0]);
    expect(state.notice).toEqual({ lang: 'fr', keys: ['place', 'story'] });
  });

  it('selects a country, flies to its compiled frame and adds a history entry', () => {
    const state = run({ type: 'select', selection: { kind: 'country', id: 'KAZ' }, move: true });
    expect(state).toMatchObject({ selection: { kind: 'country', id: 'KAZ' }, sheetOpen: true, history: 'push', announcement: { kind: 'country', id: 'KAZ' } });
    expect(state.camera).toEqual({ target: { bounds: [46, 40, 87, 55] }, seq: 1 });
  });

  it('selects a place without moving the camera when asked not to, and clears the hover and the person card', () => {
    const state = run({ type: 'person', id: 'blinken' }, { type: 'hover', refs: [{ source: 'countries', id: 'USA' }] }, { type: 'select', selection: { kind: 'place', id: 'astana' } });
    expect(state).toMatchObject({ personId: null, hovered: [], camera: null, selection: { kind: 'place', id: 'astana' } });
  });

  it('opens only the card of a person the story has', () => {
    expect(run({ type: 'person', id: 'nobody' })).toEqual(initialReader());
    expect(run({ type: 'select', selection: { kind: 'country', id: 'KAZ' } }, { type: 'person', id: 'blinken' })).toMatchObject({ personId: 'blinken', selection: null, sheetOpen: true });
  });

  it('clamps steps to the story, and walks back to the overview', () => {
    expect(run({ type: 'step', index: 9 }).stepId).toBe('border');
    expect(run({ type: 'step', index: -3 }).stepId).toBe('meet');
    const back = run({ type: 'step', index: 1 }, { type: 'step', index: null });
    expect(back).toMatchObject({ stepId: null, announcement: { kind: 'overview' } });
    expect(back.camera).toEqual({ target: story.overview, seq: 2 });
  });

  it('goes to the step of an event, or else to its place', () => {
    expect(run({ type: 'event', event: { id: 'visit', place: 'astana' } }).stepId).toBe('meet');
    const elsewhere = run({ type: 'event', event: { id: 'other', place: 'astana' } });
    expect(elsewhere.selection).toEqual({ kind: 'place', id: 'astana' });
    expect(elsewhere.camera?.target.camera).toEqual({ center: [71.4, 51.2], zoom: 4.5 });
  });

  it('goes to the step of a relation and lights the relation', () => {
    const state = run({ type: 'relation', relation: 'border-rus' });
    expect(state).toMatchObject({ stepId: 'border', hovered: [{ source: 'relations', id: 'border-rus' }] });
  });

  it('ignores a step id the story lacks', () => {
    expect(run({ type: 'step-id', id: 'nope' })).toEqual(initialReader());
    expect(stepIndexOf(run({ type: 'step-id', id: 'border' }), story)).toBe(1);
  });

  it('resets to the overview with nothing selected', () => {
    const state = run({ type: 'select', selection: { kind: 'country', id: 'KAZ' } }, { type: 'step', index: 1 }, { type: 'reset' });
    expect(state).toMatchObject({ selection: null, stepId: null, camera: { target: story.overview } });
  });

  it('does not mutate the state it is given', () => {
    const state = Object.freeze(initialReader());
    expect(() => reader(state, { type: 'toggle-sheet' }, story)).not.toThrow();
    expect(reader(state, { type: 'toggle-sheet' }, story).sheetOpen).toBe(true);
    expect(state.sheetOpen).toBe(false);
  });
});

describe('the reader’s first state', () => {
  it('counts an address that asks for nothing as applied at once', () => {
    expect(readerFor(parseUrlState('')).applied).toBe(true);
  });

  it('waits to check an address that asks for a country, a step or a language against the story', () => {
    for (const search of ['?country=KAZ', '?step=border', '?lang=en', '?story=blinken-astana-2023-02-28']) {
      expect(readerFor(parseUrlState(search)).applied, search).toBe(false);
    }
    expect(readerFor(parseUrlState('?lang=en')).lang).toBe('en');
  });

  it('waits too for an address it could not read, so that the reader gets its notice', () => {
    expect(readerFor(parseUrlState('?country=%3Cscript%3E')).applied).toBe(false);
  });
});
