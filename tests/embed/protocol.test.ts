import { describe, expect, it } from 'vitest';
import { envelope, parseHostMessage, parseMapMessage, trustedOrigins } from '../../src/shared/embedProtocol';

describe('parseHostMessage', () => {
  it('accepts each documented host message', () => {
    expect(parseHostMessage(envelope({ type: 'select', country: 'KAZ' }))).toEqual({ type: 'select', country: 'KAZ' });
    expect(parseHostMessage(envelope({ type: 'select', place: 'astana' }))).toEqual({ type: 'select', place: 'astana' });
    expect(parseHostMessage(envelope({ type: 'step', step: 'visit' }))).toEqual({ type: 'step', step: 'visit' });
    expect(parseHostMessage(envelope({ type: 'lang', lang: 'en' }))).toEqual({ type: 'lang', lang: 'en' });
    expect(parseHostMessage(envelope({ type: 'reset' }))).toEqual({ type: 'reset' });
  });

  it.each([
    ['a string', 'select KAZ'],
    ['null', null],
    ['an array', [1]],
    ['another namespace', { namespace: 'other', version: 1, type: 'reset' }],
    ['another version', { namespace: 'dispatch-atlas', version: 2, type: 'reset' }],
    ['an unknown type', { namespace: 'dispatch-atlas', version: 1, type: 'explode' }],
    ['markup as a country', { namespace: 'dispatch-atlas', version: 1, type: 'select', country: '<img src=x onerror=alert(1)>' }],
    ['a select with nothing to select', { namespace: 'dispatch-atlas', version: 1, type: 'select' }],
    ['a number as a step', { namespace: 'dispatch-atlas', version: 1, type: 'step', step: 3 }],
    ['an unknown language', { namespace: 'dispatch-atlas', version: 1, type: 'lang', lang: 'de' }],
    ['a very long id', { namespace: 'dispatch-atlas', version: 1, type: 'step', step: 'x'.repeat(5000) }],
  ])('ignores %s', (_name, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});

describe('parseMapMessage', () => {
  it('accepts ready, resize and select', () => {
    expect(parseMapMessage(envelope({ type: 'ready', story: 'blinken' }))).toEqual({ type: 'ready', story: 'blinken' });
    expect(parseMapMessage(envelope({ type: 'resize', height: 512.2 }))).toEqual({ type: 'resize', height: 513 });
    expect(parseMapMessage(envelope({ type: 'select', country: 'KAZ', place: null, step: null }))).toEqual({ type: 'select', country: 'KAZ', place: null, step: null });
  });

  it('ignores a negative, infinite or absurd height', () => {
    for (const height of [-1, Infinity, Number.NaN, 1e9, '500']) {
      expect(parseMapMessage({ namespace: 'dispatch-atlas', version: 1, type: 'resize', height })).toBeNull();
    }
  });
});

describe('trustedOrigins', () => {
  it('trusts only the embedding page when no list is given', () => {
    expect([...trustedOrigins(null, 'https://news.example')]).toEqual(['https://news.example']);
  });

  it('trusts the listed origins instead, dropping malformed entries', () => {
    expect([...trustedOrigins('https://a.example, javascript:alert(1),https://b.example:8080', 'https://news.example')]).toEqual([
      'https://a.example',
      'https://b.example:8080',
    ]);
  });

  it('trusts nobody when it cannot tell who embeds it', () => {
    expect(trustedOrigins(null, null).size).toBe(0);
  });
});
