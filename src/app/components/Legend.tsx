import type { CountryRole, LegendEntry, RelationKind } from '../../shared/contract';
import type { Messages } from '../i18n';
import { lightTheme } from '../map/theme';
import { RelationSwatch } from './RelationSwatch';
import { Swatch } from './Swatch';
import { term } from '../i18n/term';

interface Props {
  legend: readonly LegendEntry[];
  /** The roles the map draws on screen now; `null` before it has settled (then every role is listed). */
  roles: readonly CountryRole[] | null;
  kinds: readonly RelationKind[];
  t: Messages;
  open: boolean;
  /** The place the story happens in, marked on the map with a ring. */
  here?: string;
}

/** Generated from the story's own legend: it names the roles the map colours on screen now, and the kinds of line drawn. */
export function Legend({ legend, roles, kinds, t, open, here }: Props) {
  return (
    <details className="legend" open={open}>
      <summary>{t.legendTitle}</summary>
      <ul className="legend__list">
        {legend.filter((entry) => !roles || roles.includes(entry.role)).map((entry) => (
          <li key={entry.role}>
            <Swatch colour={lightTheme.role(entry.role)} />
            {term(t.legendRole, entry.role)}
          </li>
        ))}
        {here && (
          <li>
            <span className="here-swatch" aria-hidden="true" />
            {t.legendHere(here)}
          </li>
        )}
      </ul>
      {kinds.length > 0 && (
        <>
          <p className="legend__subtitle">{t.legendRelations}</p>
          <ul className="legend__list legend__list--relations">
            {kinds.map((kind) => (
              <li key={kind}>
                <RelationSwatch kind={kind} />
                {term(t.relationKind, kind)}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
