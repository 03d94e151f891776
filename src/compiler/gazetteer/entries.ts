import countries from './data/countries.json';
import places from './data/places.json';
import { ADJECTIVES } from './adjectives';
import { BUILDING_ENTRIES } from './buildings';
import { COUNTRY_ALIASES } from './countryNames';
import { englishForms, inflectFrench } from './inflect';
import { withExonym } from './exonyms';
import { REGION_ENTRIES } from './regions';
import type { GazetteerEntry } from './types';

/** Lower-case forms are French adjectives to inflect; capitalised ones are English; "sino-" stays as is. */
function expandAdjectives(forms: string[]): string[] {
  const expanded = forms.flatMap((form) =>
    form.endsWith('-') ? [form] : /^\p{Ll}/u.test(form) ? inflectFrench(form) : englishForms(form),
  );
  return [...new Set(expanded)];
}

const split = (field: string | undefined) => (field ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function countryEntries(): GazetteerEntry[] {
  return countries.map((row) => {
    const [french, english] = (ADJECTIVES[row.id] ?? '').split('/');
    const adjectives = expandAdjectives([...split(french), ...split(english)]);
    return {
      id: row.id,
      kind: 'country',
      name: withExonym(row.id, { fr: row.fr, en: row.en }),
      names: [...new Set([...row.names, row.fr, ...(COUNTRY_ALIASES[row.id] ?? [])])],
      ...(adjectives.length ? { adjectives } : {}),
    };
  });
}

function placeEntries(): GazetteerEntry[] {
  return places.map((row) => ({
    id: row.id,
    kind: row.kind as 'capital' | 'city',
    name: withExonym(row.id, { fr: row.fr, en: row.en }),
    country: row.country,
    coordinates: [row.coordinates[0]!, row.coordinates[1]!],
    names: row.names,
  }));
}

function regionEntries(): GazetteerEntry[] {
  return REGION_ENTRIES.map((entry) => ({ ...entry, adjectives: expandAdjectives(entry.adjectives ?? []) }));
}

export function defaultEntries(): GazetteerEntry[] {
  return [...countryEntries(), ...placeEntries(), ...BUILDING_ENTRIES, ...regionEntries()];
}
