import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from '../../src/app/format/intlCache';
import { formatStoryDate } from '../../src/app/format/dates';
import { formatQuantity } from '../../src/app/format/format';

describe('the Intl formatters the article uses', () => {
  it('are built once per locale and options, and shared after that', () => {
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    expect(dateFormat('fr-FR', { ...options })).toBe(dateFormat('fr-FR', { ...options }));
    expect(numberFormat('fr-FR')).toBe(numberFormat('fr-FR', {}));
  });

  it('differ when the locale or an option differs', () => {
    expect(dateFormat('fr-FR', { month: 'long', timeZone: 'UTC' })).not.toBe(dateFormat('en-GB', { month: 'long', timeZone: 'UTC' }));
    expect(numberFormat('fr-FR', { maximumFractionDigits: 2 })).not.toBe(numberFormat('fr-FR', { maximumFractionDigits: 0 }));
  });

  it('still format each date and quantity in its own locale', () => {
    expect(formatStoryDate('2023-02-28', 'fr-FR')).toBe('28 février 2023');
    expect(formatStoryDate('2023-02-28', 'en-GB')).toBe('28 February 2023');
    expect(formatStoryDate('2022-09', 'fr-FR')).toBe('septembre 2022');
    expect(formatQuantity(4.9712, 'ratio', 'fr-FR')).toBe('× 4,97');
    expect(formatQuantity(4.9712, 'ratio', 'en-GB')).toBe('× 4.97');
  });
});
