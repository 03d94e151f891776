import { describe, expect, it } from 'vitest';
import { entities, found } from './helpers';

describe('country names', () => {
  it('match with or without accents', () => {
    expect(found('Les États-Unis et les Etats-Unis')).toEqual(['États-Unis → USA (name)', 'Etats-Unis → USA (name)']);
    expect(entities('Ouzbékistan, Ouzbekistan, OUZBÉKISTAN')).toEqual(['UZB']);
  });

  it('know the newsroom spellings as well as the official ones', () => {
    expect(entities('Kirghizstan')).toEqual(['KGZ']);
    expect(entities('Kirghizistan')).toEqual(['KGZ']);
    expect(entities('Kyrgyzstan')).toEqual(['KGZ']);
    expect(entities('Grande-Bretagne, Royaume-Uni, Britain, the UK')).toEqual(['GBR']);
    expect(entities('la Corée du Sud et South Korea')).toEqual(['KOR']);
    expect(entities('la Corée du Nord')).toEqual(['PRK']);
    expect(entities('Turkménistan, Tadjikistan, Chine, Russie')).toEqual(['TKM', 'TJK', 'CHN', 'RUS']);
  });

  it('cover only the name after a French elision', () => {
    expect(found("l'invasion de l'Ukraine")).toEqual(['Ukraine → UKR (name)']);
    expect(found("pour l’Ouzbékistan voisin, d'Ouzbékistan")).toEqual(['Ouzbékistan → UZB (name)', 'Ouzbékistan → UZB (name)']);
  });

  it('need a capital letter', () => {
    expect(found('la chine est un ustensile, la france aussi')).toEqual([]);
  });

  it('prefer the longest name', () => {
    expect(found("les États-Unis d'Amérique")).toEqual(["États-Unis d'Amérique → USA (name)"]);
    expect(found('la Guinée-Bissau et la Guinée équatoriale')).toEqual(['Guinée-Bissau → GNB (name)', 'Guinée équatoriale → GNQ (name)']);
  });
});

describe('acronyms', () => {
  it('count only in capitals, as whole words', () => {
    expect(found('The US and the U.S. said')).toEqual(['US → USA (name)', 'U.S. → USA (name)']);
    expect(found('let us go, tell us more, USAID')).toEqual([]);
    expect(entities("l'UE et l'EU")).toEqual(['europe']);
  });
});

describe('adjectives', () => {
  it('are found in every gender and number', () => {
    for (const form of ['kazakh', 'kazakhe', 'kazakhs', 'kazakhes', 'kazakhstanais', 'kazakhstanaise']) {
      expect(found(`le ${form}`), form).toEqual([`${form} → KAZ (adjective)`]);
    }
    for (const form of ['américain', 'américaine', 'américains', 'américaines', 'chinois', 'chinoise', 'chinoises', 'russe', 'russes']) {
      expect(found(`un ${form}`), form).toHaveLength(1);
    }
    expect(entities('ukrainien ukrainienne ukrainiens ukrainiennes')).toEqual(['UKR']);
    expect(entities('ouzbek ouzbèke ouzbeks ouzbèkes')).toEqual(['UZB']);
    expect(entities('kirghiz kirghize kirghizes tadjik tadjike tadjiks')).toEqual(['KGZ', 'TJK']);
    expect(entities('turkmène turkmènes')).toEqual(['TKM']);
    expect(entities('britannique britanniques')).toEqual(['GBR']);
  });

  it('are lower case as French adjectives and capitalised as demonyms', () => {
    expect(found('le président russe et les Russes')).toEqual(['russe → RUS (adjective)', 'Russes → RUS (adjective)']);
  });

  it('are capitalised in English', () => {
    expect(entities('Kazakh, Russian, American, Chinese, Ukrainian and Uzbek officials')).toEqual(['KAZ', 'RUS', 'USA', 'CHN', 'UKR', 'UZB']);
    expect(found('they polish the floor')).toEqual([]);
    expect(found('Polish farmers')).toEqual(['Polish → POL (adjective)']);
  });

  it('of a region are mentions of the region', () => {
    expect(found('les pays centrasiatiques')).toEqual(['centrasiatiques → central-asia (region)']);
    expect(found('Central Asian states')).toEqual(['Central Asian → central-asia (region)']);
    expect(found('les exportations européennes')).toEqual(['européennes → europe (region)']);
    expect(found('les sanctions occidentales, les pays occidentaux')).toEqual([
      'occidentales → west (region)',
      'occidentaux → west (region)',
    ]);
  });

  it('combine with a hyphen only as combining forms', () => {
    expect(entities('le sommet sino-américain')).toEqual(['CHN', 'USA']);
    expect(found('le cas Franco')).toEqual([]);
  });
});

describe('places', () => {
  it('have French and English names', () => {
    expect(entities('Moscou, Moscow')).toEqual(['moscow']);
    expect(entities('Pékin, Pekin, Beijing')).toEqual(['beijing']);
    expect(entities('Tachkent, Tashkent, Bichkek, Bishkek, Douchanbé, Dushanbe, Achgabat, Ashgabat')).toEqual([
      'tashkent', 'bishkek', 'dushanbe', 'ashgabat',
    ]);
    expect(entities('Kyiv, Kiev, Kiyv')).toEqual(['kyiv']);
    expect(entities('Londres, London, Bruxelles, Brussels')).toEqual(['london', 'brussels']);
  });

  it('know the old names of Astana', () => {
    expect(entities('Astana, Nour-Soultan, Nur-Sultan')).toEqual(['astana']);
  });

  it('include the buildings that stand for a government', () => {
    expect(found('le Kremlin, la Maison Blanche, the White House')).toEqual([
      'Kremlin → kremlin (place)',
      'Maison Blanche → white-house (place)',
      'White House → white-house (place)',
    ]);
    expect(entities("Downing Street, l'Elysée, l'Élysée, Zhongnanhai, Akorda, le Pentagone, le Quai d'Orsay")).toEqual([
      'downing-street', 'elysee', 'zhongnanhai', 'akorda', 'pentagon', 'quai-d-orsay',
    ]);
  });

  it('count a capital used for its government as the place', () => {
    expect(found('Washington espère renforcer son influence')).toEqual(['Washington → washington (place)']);
  });
});

describe('regions', () => {
  it('have names in both languages', () => {
    expect(found("l'Asie centrale, Central Asia")).toEqual(['Asie centrale → central-asia (region)', 'Central Asia → central-asia (region)']);
    expect(entities("l'Union européenne, l'Europe")).toEqual(['europe']);
    expect(entities('en Afrique ou en Amérique latine, in Latin America')).toEqual(['africa', 'latin-america']);
    expect(entities("le Caucase, le Moyen-Orient, l'Occident, les Balkans, les pays baltes")).toEqual([
      'caucasus', 'middle-east', 'west', 'balkans', 'baltic-states',
    ]);
  });
});

describe('an annotation entry that overrides a built-in one', () => {
  it('keeps the built-in names and adjectives that point to it', async () => {
    const { createGazetteer, findMentions } = await import('../../../src/compiler/gazetteer');
    const gazetteer = createGazetteer([
      { id: 'europe', kind: 'region', name: { fr: 'Marchés européens', en: 'European markets' }, coordinates: [10, 50], names: ['Marchés européens'] },
    ]);
    const mentions = findMentions([{ id: 'p1', text: "Les exportations européennes vers l'Union européenne." }], gazetteer);
    expect(mentions.map((mention) => `${mention.text}:${mention.entity}`)).toEqual(['européennes:europe', 'Union européenne:europe']);
    expect(gazetteer.byId.get('europe')!.coordinates).toEqual([10, 50]);
  });
});
