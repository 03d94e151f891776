import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClaimView } from '../../src/app/components/ClaimView';
import { ContextCard } from '../../src/app/components/ContextCard';
import { PersonCard } from '../../src/app/components/PersonCard';
import { RelationList } from '../../src/app/components/RelationList';
import { messagesFor } from '../../src/app/i18n';
import { countryContext } from '../../src/app/state/selection';
import { shownRelationIds } from '../../src/app/state/shownRelations';
import { nameResolver } from '../../src/app/format/names';
import { relationEnds, relationSummaries, targetWords } from '../../src/app/format/relationSummary';
import { toMapData } from '../../src/app/data/mapData';
import { LANGS, type Lang } from '../../src/shared/contract';
import { compiledStories } from './compiledData';

const [story] = compiledStories();
const { manifest, layers } = story!;
const roles = new Map(manifest.countries.map((c) => [c.id, c.role]));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const centralAsia = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

function setup(lang: Lang) {
  const t = messagesFor(lang);
  const nameOf = nameResolver(manifest, layers, lang);
  const words = targetWords(t, lang === 'fr' ? 'fr-FR' : 'en-GB');
  const endsOf = (r: Parameters<typeof relationEnds>[0]) => relationEnds(r, roles, nameOf, words);
  return { t, nameOf, endsOf };
}

/** Every target of a relation, as the reader can find it in a statement: by name, or as the five states named together. */
function expectEveryTarget(statement: string, targets: readonly string[], lang: Lang) {
  const { t, nameOf } = setup(lang);
  if (centralAsia.every((id) => targets.includes(id))) {
    expect(statement).toContain(t.centralAsiaStates(5));
    targets = targets.filter((id) => !centralAsia.includes(id));
  }
  for (const id of targets) expect(statement, `${id} in « ${statement} »`).toContain(nameOf(id));
}

describe('what the reader reads about each relation names every target the data hold', () => {
  const summaries = relationSummaries(layers);

  for (const lang of LANGS) {
    it(`the relation list (${lang})`, () => {
      const { t, endsOf } = setup(lang);
      const html = renderToStaticMarkup(createElement(RelationList, { relations: summaries, lang, storyLang: 'fr', t, endsOf, onSelect: () => {} }));
      const items = html.split('<li>').slice(1).map(text);
      expect(items).toHaveLength(summaries.length);
      summaries.forEach((summary, i) => {
        const targets = layers.relations.features.filter((f) => f.properties.relation === summary.relation).map((f) => f.properties.to);
        expectEveryTarget(items[i]!, targets, lang);
        expect(items[i]).toContain(summary.label[lang]);
      });
    });

    it(`each country's card (${lang})`, () => {
      const { t, endsOf } = setup(lang);
      for (const country of manifest.countries) {
        const context = countryContext(country.id, manifest, layers);
        if (!context) continue;
        const html = renderToStaticMarkup(createElement(ContextCard, {
          title: country.name[lang], subtitle: '', context, lang, storyLang: 'fr', locale: lang, t, endsOf,
          onClose: () => {}, onRelation: () => {}, onEvent: () => {},
        }));
        for (const relation of context.relations) {
          const targets = layers.relations.features.filter((f) => f.properties.relation === relation.relation).map((f) => f.properties.to);
          const row = text(html).split(relation.label[lang])[1]!.split('«')[0]!;
          expectEveryTarget(row, targets, lang);
        }
      }
    });
  }

  it('the tooltip: the map draws one feature per relation, with every target', () => {
    const data = toMapData(layers);
    for (const summary of summaries) {
      const drawn = data.relations.features.filter((f) => f.properties.relation === summary.relation && f.properties.labelLine !== true);
      expect(drawn, summary.relation).toHaveLength(1);
      const targets = layers.relations.features.filter((f) => f.properties.relation === summary.relation).map((f) => f.properties.to);
      expect(String(drawn[0]!.properties.to).split(',')).toEqual(targets);
      expect([...summary.targets].sort()).toEqual([...targets].sort());
    }
  });

  it('names the customs union’s three members and Beijing’s five states', () => {
    const { endsOf } = setup('fr');
    const byId = new Map(summaries.map((s) => [s.relation, s]));
    expect(endsOf(byId.get('customs-union')!)).toBe('Russie ↔ Kazakhstan, Arménie et Kirghizstan');
    expect(endsOf(byId.get('china-influence')!)).toBe('Pékin → les cinq pays d’Asie centrale');
    expect(endsOf(byId.get('us-support-central-asia')!)).toBe('Washington → les cinq pays d’Asie centrale');
    expect(endsOf(byId.get('us-aid-central-asia')!)).toBe('Washington → les cinq pays d’Asie centrale');
  });

  it('lists relations in the article’s reading order', () => {
    const positions = summaries.filter((s) => s.quote).map((s) => [Number(s.quote!.paragraph.slice(1)), s.quote!.start]);
    const sorted = [...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(positions).toEqual(sorted);
    expect(summaries[0]!.relation).toBe('us-support-central-asia');
  });
});

describe('each view shows only what happened in it', () => {
  const summaries = relationSummaries(layers);
  it('the first view draws only the overview’s relations, at most six lines', () => {
    const shown = shownRelationIds(manifest, undefined, null, summaries, layers);
    expect(shown).toEqual(manifest.overview!.relations);
    expect(shown.length).toBeLessThanOrEqual(6);
  });
  it('the September 2022 step shows the first tranche from New York, not February 2023’s “another $25 million”', () => {
    const step = manifest.steps.find((s) => s.id === 'first-tranche')!;
    const shown = shownRelationIds(manifest, step, null, summaries, layers);
    expect(shown).toEqual(['us-aid-first-tranche']);
    expect(summaries.find((s) => s.relation === 'us-aid-first-tranche')!.from).toBe('new-york');
    const event = manifest.events.find((e) => e.id === 'first-aid-tranche')!;
    expect([event.date, event.place]).toEqual(['2022-09-22', 'new-york']);
    expect(event.note?.en).toMatch(/State Department/);
  });
  it('a selected country adds its own relations', () => {
    const shown = shownRelationIds(manifest, undefined, { kind: 'country', id: 'ARM' }, summaries, layers);
    expect(shown).toEqual(expect.arrayContaining(['customs-union', 'exports-europe', 'exports-uk']));
  });
  it('every step has body text in both languages', () => {
    for (const step of manifest.steps) {
      expect(step.body?.fr, step.id).toBeTruthy();
      expect(step.body?.en, step.id).toBeTruthy();
    }
  });
});

describe('numbers as the article states them', () => {
  it('the border is labelled with the article’s figure, hedge included, and no measured length', () => {
    const t = { fr: messagesFor('fr').approximately, en: messagesFor('en').approximately };
    const [label] = toMapData(layers, { claims: manifest.claims, approximately: t }).borderLabels.features;
    expect(label!.properties.length_fr).toBe('quelque 7\u00A0500 km');
    expect(label!.properties.length_en).toBe('some 7,500 km');
    expect(toMapData(layers).borderLabels.features).toEqual([]);
  });

  it('the claim card keeps "quelque", gives both official figures with their sources, and warns about lengths only', () => {
    const t = messagesFor('fr');
    const render = (id: string) => text(renderToStaticMarkup(createElement(ClaimView, { claim: manifest.claims.find((c) => c.id === id)!, lang: 'fr', locale: 'fr-FR', t })));
    const border = render('kazakhstan-russia-border');
    expect(border).toContain('quelque 7');
    expect(border).toMatch(/7\s548 km — Gouvernement du Kazakhstan/);
    expect(border).toMatch(/7\s644 km — CIA World Factbook/);
    expect(border).toContain('raccourcissent');
    const area = render('kazakhstan-five-times-france');
    expect(area).not.toContain('raccourcissent');
  });
});

describe('cards for people', () => {
  for (const lang of LANGS) {
    it(`gives each person's role and country in the reader's language, and their mentions (${lang})`, () => {
      const { t, nameOf } = setup(lang);
      for (const person of manifest.people) {
        const html = text(renderToStaticMarkup(createElement(PersonCard, { person, story: manifest, lang, t, nameOf, onCountry: () => {}, onClose: () => {} })));
        expect(html).toContain(person.name);
        if (person.role) expect(html).toContain(person.role[lang]);
        expect(html).toContain(nameOf(person.country));
        const mentions = manifest.mentions.filter((m) => m.entity === person.id);
        expect(mentions.length, person.id).toBeGreaterThan(0);
        for (const mention of mentions) expect(html).toContain(mention.text);
      }
    });
  }
});
