import { COUNTRY_ROLES, type CountryRole, type LegendEntry, type Localized } from '../../shared/contract';

export const ROLE_LABELS: Record<CountryRole, Localized> = {
  host: { fr: 'Pays hôte', en: 'Host country' },
  'central-asia': { fr: "Autres États d'Asie centrale", en: 'Other Central Asian states' },
  actor: { fr: 'Puissance qui courtise la région', en: 'Power courting the region' },
  rival: { fr: 'Puissances rivales', en: 'Rival powers' },
  neighbour: { fr: 'Voisins cités', en: 'Neighbours mentioned' },
  mentioned: { fr: 'Autres pays cités', en: 'Other countries mentioned' },
  context: { fr: "Pays que l'article ne cite pas", en: 'Countries the article does not name' },
};

/** An annotated role wins; a country the article mentions is "mentioned"; any other is context. */
export function roleOf(iso3: string, annotated: ReadonlyMap<string, CountryRole>, mentioned: ReadonlySet<string>): CountryRole {
  return annotated.get(iso3) ?? (mentioned.has(iso3) ? 'mentioned' : 'context');
}

/** The legend lists only the roles present in this story, in the contract's order. */
export function legendFor(roles: ReadonlyMap<string, CountryRole>): LegendEntry[] {
  return COUNTRY_ROLES.flatMap((role) => {
    const countries = [...roles].filter(([, r]) => r === role).map(([id]) => id).sort();
    return countries.length > 0 ? [{ role, label: ROLE_LABELS[role], countries }] : [];
  });
}
