import { COUNTRY_ROLES, type CountryRole, type LegendEntry } from '../../shared/contract';

/** An annotated role wins; a country the article mentions is "mentioned"; any other is context. */
export function roleOf(iso3: string, annotated: ReadonlyMap<string, CountryRole>, mentioned: ReadonlySet<string>): CountryRole {
  return annotated.get(iso3) ?? (mentioned.has(iso3) ? 'mentioned' : 'context');
}

/** The legend lists only the roles present in this story, in the contract's order; the app words them. */
export function legendFor(roles: ReadonlyMap<string, CountryRole>): LegendEntry[] {
  return COUNTRY_ROLES.flatMap((role) => {
    const countries = [...roles].filter(([, r]) => r === role).map(([id]) => id).sort();
    return countries.length > 0 ? [{ role, countries }] : [];
  });
}
