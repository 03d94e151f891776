import type { Localized } from '../../shared/contract';

/**
 * Country names as a sentence uses them: "Carte centrée sur le Kazakhstan", "sur les Etats-Unis",
 * "Map centred on the United States". French takes an article before most country names; its gender
 * mostly follows the final -e, and the exceptions are listed here by ISO3 code.
 */
const FRENCH_ARTICLE: Record<string, 'le' | 'la' | 'les' | "l'" | ''> = {
  // Masculine although they end in -e.
  MEX: 'le', KHM: 'le', MOZ: 'le', ZWE: 'le', BLZ: 'le', SUR: 'le', GNB: 'la',
  // Plural.
  USA: 'les', ARE: 'les', NLD: 'les', PHL: 'les', COM: 'les', MDV: 'les', SYC: 'les', BHS: 'les', SLB: 'les', MHL: 'les', FSM: 'les',
  // No article (islands and city-states named like their capital, and a few others, as AFP writes them).
  CUB: '', CYP: '', MLT: '', ISR: '', SGP: '', MDG: '', BHR: '', OMN: '', MCO: '', TWN: '', HTI: '', DJI: '', JAM: '',
  TTO: '', FJI: '', NRU: '', TUV: '', KIR: '', STP: '', MUS: '', BRN: '', SMR: '', AND: '', VUT: '', TON: '', WSM: '', PLW: '',
  GRD: '', DMA: '', LCA: '', VCT: '', KNA: '', ATG: '', BRB: '', CPV: '', LUX: '',
};

/** English names read with "the". */
const ENGLISH_THE = new Set(['USA', 'GBR', 'ARE', 'NLD', 'PHL', 'COM', 'MDV', 'SYC', 'BHS', 'SLB', 'MHL', 'CAF', 'COD', 'COG', 'CZE', 'DOM', 'GMB', 'VAT']);

export function definiteName(iso3: string, name: Localized): Localized {
  return { fr: frenchDefinite(iso3, name.fr), en: ENGLISH_THE.has(iso3) ? `the ${name.en}` : name.en };
}

function frenchDefinite(iso3: string, name: string): string {
  const article = FRENCH_ARTICLE[iso3] ?? (/^[aeiouyàâäéèêëîïôöûüœh]/i.test(name) ? "l'" : /e$/.test(name) ? 'la' : 'le');
  if (article === '') return name;
  return article === "l'" ? `l’${name}` : `${article} ${name}`;
}
