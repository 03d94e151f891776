import { numberFormat } from './intlCache';

/** Numbers with their unit, formatted for the reader's locale. */
export function formatQuantity(value: number, unit: string, locale: string): string {
  // Kilometres to the unit: a tenth of a kilometre measured on generalised data would be false precision.
  const digits = unit === 'ratio' ? 2 : 0;
  const number = numberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (unit === 'ratio') return `× ${number}`;
  if (unit === 'km2' || unit === 'km²') return `${number} km²`;
  return `${number} ${unit}`;
}
