import { describe, expect, it } from 'vitest';
import { parseUrlState, restrictToKnown, serializeUrlState } from '../../src/app/state/urlState';

const known = { stories: ['blinken-astana-2023-02-28'], countries: ['KAZ', 'RUS'], places: ['astana'], steps: ['visit', 'border'] };

describe('parseUrlState', () => {
  it('reads every key of a well-formed address', () => {
    const { state, rejected } = parseUrlState('?story=blinken-astana-2023-02-28&country=KAZ&place=astana&step=visit&lang=en');
    expect(state).toEqual({ story: 'blinken-astana-2023-02-28', country: 'KAZ', place: 'astana', step: 'visit', lang: 'en' });
    expect(rejected).toEqual([]);
  });

  it('returns an empty state for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: {}, rejected: [] });
    expect(parseUrlState('?')).toEqual({ state: {}, rejected: [] });
  });

  it('ignores parameters it does not know, silently', () => {
    expect(parseUrlState('?test&utm_source=x')).toEqual({ state: {}, rejected: [] });
  });

  it('rejects markup as malformed instead of passing it on', () => {
    const { state, rejected } = parseUrlState('?country=%3Cscript%3Ealert(1)%3C/script%3E&step=<img%20src=x>');
    expect(state).toEqual({});
    expect(rejected).toEqual([
      { key: 'country', reason: 'malformed' },
      { key: 'step', reason: 'malformed' },
    ]);
  });

  it('rejects very long values', () => {
    const { state, rejected } = parseUrlState(`?step=${'a'.repeat(10_000)}`);
    expect(state.step).toBeUndefined();
    expect(rejected).toEqual([{ key: 'step', reason: 'malformed' }]);
  });

  it('keeps the first of repeated parameters and says so', () => {
    const { state, rejected } = parseUrlState('?country=KAZ&country=RUS');
    expect(state.country).toBe('KAZ');
    expect(rejected).toEqual([{ key: 'country', reason: 'repeated' }]);
  });

  it('accepts only fr and en as languages', () => {
    expect(parseUrlState('?lang=de').state.lang).toBeUndefined();
    expect(parseUrlState('?lang=EN').state.lang).toBeUndefined();
    expect(parseUrlState('?lang=fr').state.lang).toBe('fr');
  });

  it('expects country codes in upper case', () => {
    expect(parseUrlState('?country=kaz').rejected).toEqual([{ key: 'country', reason: 'malformed' }]);
  });
});

describe('restrictToKnown', () => {
  it('drops ids the story does not have, and says which', () => {
    const { state, rejected } = restrictToKnown(parseUrlState('?country=FRA&place=paris&step=visit&story=other'), known);
    expect(state).toEqual({ step: 'visit' });
    expect(rejected.map((r) => r.key)).toEqual(['story', 'country', 'place']);
    expect(rejected.every((r) => r.reason === 'unknown')).toBe(true);
  });

  it('keeps malformed rejections from parsing', () => {
    const { rejected } = restrictToKnown(parseUrlState('?country=<b>'), known);
    expect(rejected).toEqual([{ key: 'country', reason: 'malformed' }]);
  });

  it('does not touch its input', () => {
    const parsed = Object.freeze({ state: Object.freeze({ country: 'FRA' }), rejected: Object.freeze([]) as never });
    restrictToKnown(parsed, known);
    expect(parsed.state).toEqual({ country: 'FRA' });
  });
});

describe('serializeUrlState', () => {
  it('writes keys in a fixed order and leaves out unset ones', () => {
    expect(serializeUrlState({ lang: 'en', step: 'visit', story: 's' })).toBe('?story=s&step=visit&lang=en');
    expect(serializeUrlState({})).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const state = { story: 'blinken-astana-2023-02-28', country: 'KAZ', step: 'border', lang: 'fr' as const };
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
  });

  it('gives equal URLs for equal states', () => {
    expect(serializeUrlState({ lang: 'en', country: 'KAZ' })).toBe(serializeUrlState({ country: 'KAZ', lang: 'en' }));
  });
});
