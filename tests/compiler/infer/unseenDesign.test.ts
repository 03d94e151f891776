import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotationSchema } from '../../../src/compiler/annotation/schema';
import { parseArticle } from '../../../src/compiler/feed/parseArticle';
import { inferDesign } from '../../../src/compiler/infer/design';
import { loadWorld } from '../../../src/shell/loadWorld';

const dir = new URL('../../fixtures/unseen/', import.meta.url);

interface Expected {
  focus: { country: string; place: string | null };
  actors: string[];
  events: { date: string; precision: 'day' | 'month' }[];
}

interface Row {
  name: string;
  focusCountry: boolean;
  focusPlace: boolean | null;
  actors: Counts;
  events: Counts;
  misses: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const labelled = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ name: file.replace(/\.json$/, ''), design: (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { design?: Expected }).design }))
  .filter((entry): entry is { name: string; design: Expected } => entry.design !== undefined);

function compare(found: string[], expected: string[]): Counts & { extra: string[]; missing: string[] } {
  const want = new Set(expected);
  const got = new Set(found);
  const extra = [...got].filter((value) => !want.has(value));
  const missing = [...want].filter((value) => !got.has(value));
  return { tp: got.size - extra.length, fp: extra.length, fn: missing.length, extra, missing };
}

let rows: Row[];
beforeAll(() => {
  const world = loadWorld();
  rows = labelled.map(({ name, design }) => {
    const article = parseArticle(readFileSync(new URL(`${name}.txt`, dir), 'utf8'));
    const inferred = annotationSchema.parse(inferDesign(article.paragraphs, article.month, world).annotation);
    const actors = compare(inferred.countries.filter((c) => c.role !== 'host' && c.role !== 'mentioned').map((c) => c.id), design.actors);
    // An event date is right when it equals the expected date at the expected precision (YYYY-MM-DD or YYYY-MM).
    const events = compare(inferred.events.map((e) => e.date), design.events.map((e) => e.date));
    const focus = inferred.focus;
    return {
      name,
      focusCountry: focus?.country === design.focus.country,
      focusPlace: design.focus.place === null ? null : focus?.place === design.focus.place,
      actors,
      events,
      misses: [
        ...(focus?.country === design.focus.country ? [] : [`focus ${focus?.country}`]),
        ...actors.extra.map((id) => `+actor ${id}`),
        ...actors.missing.map((id) => `-actor ${id}`),
        ...events.extra.map((date) => `+event ${date}`),
        ...events.missing.map((date) => `-event ${date}`),
      ],
    };
  });
});

function sum(pick: (row: Row) => Counts): Counts & { precision: number; recall: number } {
  const total = rows.reduce((acc, row) => ({ tp: acc.tp + pick(row).tp, fp: acc.fp + pick(row).fp, fn: acc.fn + pick(row).fn }), { tp: 0, fp: 0, fn: 0 });
  return { ...total, precision: total.tp / (total.tp + total.fp || 1), recall: total.tp / (total.tp + total.fn || 1) };
}

describe('the design inferred for unseen dispatches (tests/fixtures/unseen/*.json "design")', () => {
  it('prints precision and recall for focus, actors and event dates', () => {
    const cell = (c: Counts) => `${c.tp}/${c.tp + c.fp}/${c.tp + c.fn}`.padEnd(9);
    const lines = rows.map(
      (row) => `${row.name.padEnd(24)} focus ${row.focusCountry ? 'ok ' : 'NO '} place ${row.focusPlace === null ? '-  ' : row.focusPlace ? 'ok ' : 'NO '} actors ${cell(row.actors)} events ${cell(row.events)} ${row.misses.join(' ')}`,
    );
    const actors = sum((row) => row.actors);
    const events = sum((row) => row.events);
    const places = rows.filter((row) => row.focusPlace !== null);
    console.log(
      [
        'dispatch                 focus     place     actors tp/found/expected   events tp/found/expected',
        ...lines,
        `focus country: ${rows.filter((row) => row.focusCountry).length}/${rows.length} right; focus place: ${places.filter((row) => row.focusPlace).length}/${places.length}`,
        `actors: precision ${actors.precision.toFixed(2)}, recall ${actors.recall.toFixed(2)}`,
        `event dates (within stated precision): precision ${events.precision.toFixed(2)}, recall ${events.recall.toFixed(2)}`,
      ].join('\n'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(6);
  });

  it('puts the focus in the right country in every dispatch', () => {
    expect(rows.filter((row) => !row.focusCountry).map((row) => row.name)).toEqual([]);
  });

  it('dates events within their stated precision at a precision of at least 0.9', () => {
    expect(sum((row) => row.events).precision).toBeGreaterThanOrEqual(0.9);
  });
});
