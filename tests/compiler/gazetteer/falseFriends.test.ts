import { describe, expect, it } from 'vitest';
import { entities, found } from './helpers';

describe('ordinary words that look like place names', () => {
  it('are not places at the start of a sentence when the name is also a common word', () => {
    expect(found('Nice weather in Kazakhstan today.')).toEqual(['Kazakhstan → KAZ (name)']);
    expect(found('Male voters stayed home.')).toEqual([]);
    expect(found('Il vit à Nice depuis 2010.')).toEqual(['Nice → nice (place)']);
  });

  it('"mali" in lower case is a word, "Mali" the country even opening a sentence', () => {
    expect(found('un mali budgétaire')).toEqual([]);
    expect(found('Mali a rompu avec Paris.')).toEqual(['Mali → MLI (name)', 'Paris → paris (place)']);
  });

  it('"us" is a pronoun, "US" the country', () => {
    expect(found('Tell us what the US wants')).toEqual(['US → USA (name)']);
  });

  it('"Georgia" is the country unless the words around it show the US state', () => {
    expect(entities('Georgia and Armenia signed a deal')).toEqual(['GEO', 'ARM']);
    expect(found('the US state of Georgia')).toEqual(['US → USA (name)']);
    expect(found('Atlanta, Georgia')).toEqual([]);
    expect(found('Georgia Republicans voted')).toEqual([]);
  });
});

describe('words inside longer words', () => {
  it('do not match: "russophone" is not "russe"', () => {
    expect(found('la minorité russophone et les russophones')).toEqual([]);
  });

  it('"ex-républiques soviétiques" is no country', () => {
    expect(found('les cinq ex-républiques soviétiques')).toEqual([]);
  });
});

describe('people named like places', () => {
  it('a given name before a place name makes it a person', () => {
    expect(found('the actor Denzel Washington')).toEqual([]);
    expect(found('Michael Jordan played')).toEqual([]);
    expect(found('Jack London wrote')).toEqual([]);
  });

  it('a place that is also a first name, before a surname, is a person', () => {
    expect(found('Chad Smith drums')).toEqual([]);
    expect(found('Jordan Bardella a déclaré')).toEqual([]);
  });

  it('function words, titles and days are not given names', () => {
    expect(found('Si Washington espère')).toEqual(['Washington → washington (place)']);
    expect(found('Mardi Moscou a démenti')).toEqual(['Moscou → moscow (place)']);
    expect(found('President Biden flew to Washington')).toEqual(['Washington → washington (place)']);
    expect(found('Chad President Mahamat Deby')).toEqual(['Chad → TCD (name)']);
    expect(found('Moscou et Astana')).toEqual(['Moscou → moscow (place)', 'Astana → astana (place)']);
  });

  it('people passed in take precedence over places', () => {
    const people = [{ id: 'chad-doe', country: 'USA', names: ['Chad Doe', 'Chad'] }];
    expect(found('Chad said no', people)).toEqual(['Chad → chad-doe (person)']);
    expect(found('Chad Doe and Chad', people)).toEqual(['Chad Doe → chad-doe (person)', 'Chad → chad-doe (person)']);
    const blinken = [{ id: 'blinken', country: 'USA', names: ['Antony Blinken', 'Blinken'] }];
    expect(found('M. Blinken à Astana', blinken)).toEqual(['Blinken → blinken (person)', 'Astana → astana (place)']);
  });
});

describe('names of organisations and infrastructure', () => {
  it('"Nations unies" and "United Nations" are not the United States', () => {
    expect(found('les résolutions des Nations unies')).toEqual([]);
    expect(found('the United Nations Security Council')).toEqual([]);
  });

  it('pipelines do not create places', () => {
    expect(found('le Caspian Pipeline Consortium et Nord Stream')).toEqual([]);
  });

  it('an organisation name is not a mention of the adjective inside it', () => {
    expect(found('la Banque européenne pour la reconstruction et le développement')).toEqual([]);
    expect(found('la Banque européenne pour la reconstruction et le développement et les marchés européens')).toEqual([
      'européens → europe (region)',
    ]);
  });

  it('an organisation of a region\'s countries is the region', () => {
    expect(entities("l'Union européenne, la Cédéao, ECOWAS")).toEqual(['europe', 'west-africa']);
  });

  it('seas named after countries are not the countries', () => {
    expect(found("en mer du Japon, dans l'océan Indien, the South China Sea")).toEqual([]);
  });
});
