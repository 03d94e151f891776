import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/compiler/gazetteer';
import { gazetteer, paragraphsOf } from './helpers';

const dir = new URL('../../fixtures/unseen/', import.meta.url);

interface Scored {
  dispatch: string;
  language: string;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** Compares the set of entities found in a dispatch with its hand-labelled set. */
function score(name: string): Scored {
  const label = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as { language: string; expected: string[] };
  const text = readFileSync(new URL(`${name}.txt`, dir), 'utf8');
  const foundSet = new Set(findMentions(paragraphsOf(text), gazetteer).map((m) => m.entity));
  const expected = new Set(label.expected);
  return {
    dispatch: name,
    language: label.language,
    truePositives: [...foundSet].filter((e) => expected.has(e)).length,
    falsePositives: [...foundSet].filter((e) => !expected.has(e)),
    falseNegatives: [...expected].filter((e) => !foundSet.has(e)),
  };
}

const results = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => score(f.replace(/\.txt$/, '')));

function micro(language: string) {
  const rows = results.filter((r) => r.language === language);
  const tp = rows.reduce((n, r) => n + r.truePositives, 0);
  const fp = rows.reduce((n, r) => n + r.falsePositives.length, 0);
  const fn = rows.reduce((n, r) => n + r.falseNegatives.length, 0);
  return { dispatches: rows.length, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe('precision and recall on unseen dispatches (tests/fixtures/unseen)', () => {
  it('prints the table', () => {
    console.log(
      results
        .map((r) => `${r.dispatch.padEnd(24)} tp=${r.truePositives} fp=[${r.falsePositives.join(' ')}] fn=[${r.falseNegatives.join(' ')}]`)
        .join('\n'),
    );
    for (const language of ['fr', 'en']) {
      const m = micro(language);
      console.log(`${language}: ${m.dispatches} dispatches, micro precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`);
    }
  });

  it.each(['fr', 'en'])('in %s, has at least four dispatches, precision >= 0.9 and recall >= 0.9', (language) => {
    const m = micro(language);
    expect(m.dispatches).toBeGreaterThanOrEqual(4);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
  });
});
