import type { CountrySummary, Lang } from '../../shared/contract';
import type { Messages } from '../i18n';
import { lightTheme } from '../map/theme';
import { Swatch } from './Swatch';
import { term } from '../i18n/term';

interface Props {
  countries: readonly CountrySummary[];
  lang: Lang;
  t: Messages;
  selected?: string;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

export function CountryList({ countries, lang, t, selected, onSelect, onHover }: Props) {
  return (
    <ul className="plain-list" data-testid="country-list">
      {countries.map((country) => (
        <li key={country.id}>
          <button
            type="button"
            className="list-button"
            aria-pressed={selected === country.id}
            data-focus-key={`country-${country.id}`}
            onClick={() => onSelect(country.id)}
            onMouseEnter={() => onHover(country.id)}
            onMouseLeave={() => onHover(null)}
            onFocus={() => onHover(country.id)}
            onBlur={() => onHover(null)}
          >
            <Swatch colour={lightTheme.role(country.role)} />
            <span className="list-button__title">{country.name[lang]}</span>
            <span className="list-button__meta">
              {term(t.role, country.role)} · {t.mentions(country.mentionCount)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
