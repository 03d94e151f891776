import type { Lang, PlaceProperties } from '../../shared/contract';
import type { Messages } from '../i18n';
import { term } from '../i18n/term';

interface Props {
  places: readonly PlaceProperties[];
  lang: Lang;
  t: Messages;
  nameOf: (id: string) => string;
  selected?: string;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

export function PlaceList({ places, lang, t, nameOf, selected, onSelect, onHover }: Props) {
  return (
    <ul className="plain-list" data-testid="place-list">
      {[...places]
        .sort((a, b) => a.rank - b.rank)
        .map((place) => (
          <li key={place.id}>
            <button
              type="button"
              className={`list-button${place.context ? ' list-button--context' : ''}`}
              aria-pressed={selected === place.id}
              data-focus-key={`place-${place.id}`}
              onClick={() => onSelect(place.id)}
              onMouseEnter={() => onHover(place.id)}
              onMouseLeave={() => onHover(null)}
              onFocus={() => onHover(place.id)}
              onBlur={() => onHover(null)}
            >
              <span className="list-button__title">{place.name[lang]}</span>
              <span className="list-button__meta">
                {term(t.placeKind, place.kind)}
                {place.country ? ` · ${nameOf(place.country)}` : ''}
                {place.context ? ` · ${t.contextNote}` : ` · ${t.mentions(place.mentions.length)}`}
              </span>
            </button>
          </li>
        ))}
    </ul>
  );
}
