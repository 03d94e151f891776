/**
 * The newsroom's exonyms: the one place where the map's display names depart from the reference lists in
 * `data/countries.json` and `data/places.json` (which follow ISO and GeoNames), each with the reason.
 * The gazetteer applies them to its entries; a story's `story.yaml` that names the same place must agree
 * (`tests/compiler/exonyms.test.ts` checks the seed). Every other spelling of the name stays an alias, so the
 * gazetteer still finds it in a dispatch.
 */
export interface Exonym {
  /** ISO3 code of a country, or id of a place. */
  id: string;
  fr?: string;
  en?: string;
  reason: string;
}

export const EXONYMS: readonly Exonym[] = [
  {
    id: 'BLR',
    fr: 'Bélarus',
    reason: 'AFP’s French service writes « Bélarus » (as does the country’s own usage), not « Biélorussie ».',
  },
  {
    id: 'KGZ',
    fr: 'Kirghizstan',
    reason: 'AFP writes « Kirghizstan » (the seed dispatch does); « Kirghizistan » is the official French form.',
  },
  {
    id: 'kyiv',
    fr: 'Kiev',
    en: 'Kyiv',
    reason: 'AFP’s French datelines of 2022–2023 read « Kiev »; AFP in English writes “Kyiv”.',
  },
];

const BY_ID = new Map(EXONYMS.map((exonym) => [exonym.id, exonym]));

/** The display name for an entry, after the newsroom's exonyms. */
export function withExonym<T extends { fr: string; en: string }>(id: string, name: T): T {
  const exonym = BY_ID.get(id);
  return exonym ? { ...name, fr: exonym.fr ?? name.fr, en: exonym.en ?? name.en } : name;
}
