import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../src/shared/contract';
import { findDates } from '../../../src/compiler/infer/dates';

const body = (text: string): Paragraph[] => [{ id: 'p1', kind: 'body', text }];
const dates = (text: string, published = '2023-05-19') => findDates(body(text), published).map((d) => [d.date, d.precision, d.paragraph.text.slice(d.start, d.end)]);

describe('dates read against the day of publication (Friday 19 May 2023)', () => {
  it('resolves a weekday to the most recent such day on or before publication', () => {
    expect(dates('Xi Jinping a reçu vendredi les dirigeants.')).toEqual([['2023-05-19', 'day', 'vendredi']]);
    expect(dates('Leaders met on Thursday in Xian.')).toEqual([['2023-05-18', 'day', 'on Thursday']]);
    expect(dates('Le sommet a commencé Samedi.')).toEqual([['2023-05-13', 'day', 'Samedi']]);
  });

  it('reads explicit days and months, with or without a year', () => {
    expect(dates("l'invasion du 24 février 2022 et le 1er mai")).toEqual([['2022-02-24', 'day', '24 février 2022'], ['2023-05-01', 'day', '1er mai']]);
    expect(dates('announced in September 2022, then on August 11')).toEqual([['2022-09', 'month', 'in September 2022'], ['2022-08-11', 'day', 'August 11']]);
    expect(dates('réélu en novembre')).toEqual([['2022-11', 'month', 'en novembre']]);
    expect(dates('le vendredi 19 mai 2023')).toEqual([['2023-05-19', 'day', 'vendredi 19 mai 2023']]);
  });

  it('reads relative dates, and leaves year-only ones out', () => {
    expect(dates('il y a un an, et hier')).toEqual([['2022-05', 'month', 'il y a un an'], ['2023-05-18', 'day', 'hier']]);
    expect(dates('two years ago; last month')).toEqual([['2021-05', 'month', 'two years ago'], ['2023-04', 'month', 'last month']]);
    expect(dates("l'an dernier, last year, in 2014")).toEqual([]);
  });

  it('puts a yearless date in a sentence in the future tense ahead of publication', () => {
    expect(dates('Il prendra ses fonctions le 1er janvier.', '2022-10-31')).toEqual([['2023-01-01', 'day', '1er janvier']]);
    expect(dates('He took office on January 1.', '2022-10-31')).toEqual([['2022-01-01', 'day', 'January 1']]);
  });

  it('gives no weekday without a day of publication', () => {
    expect(dates('vendredi', '2023-05')).toEqual([]);
  });
});
