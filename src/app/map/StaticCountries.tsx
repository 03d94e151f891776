import { useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Lang, StoryManifest } from '../../shared/contract';
import type { Messages } from '../i18n';
import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import { KeptGroup } from './KeptGroup';
import { countryFill } from './paintRules';
import type { SvgDrawing } from './svgDrawing';
import type { Theme } from './theme';

interface Props {
  story: StoryManifest;
  /** Null while hydration keeps the pre-rendered paths (see KeptGroup). */
  countries: SvgDrawing['countries'] | null;
  lang: Lang;
  t: Messages;
  selection: Selection;
  focus: Focus | null;
  theme: Theme;
  /** The screen map's story countries are buttons; the print copy's are not. */
  interactive: boolean;
  onSelect?: (selection: Selection) => void;
  /** Called with the country whose button has keyboard focus, to ring it above the borders. */
  onFocusChange: (id: string | null) => void;
}

/**
 * The SVG map's country fills, from the theme's one fill rule; the story's countries as buttons. Their events are
 * handled by the group, so the buttons work while hydration keeps the pre-rendered paths (`countries` null).
 */
export function StaticCountries({ story, countries, lang, t, selection, focus, theme, interactive, onSelect, onFocusChange }: Props) {
  const [involved] = useState(() => new Set(story.countries.map((c) => c.id)));
  const fill = (c: Country) => {
    const { color, opacity } = countryFill(theme, c, focus?.countries?.get(c.id) === false);
    return { fill: color, fillOpacity: opacity, stroke: theme.landOutline, strokeWidth: 0.5 };
  };
  const buttons = interactive && countries ? story.countries.map(({ id }) => countries.find((c) => c.id === id)).filter((c) => c !== undefined) : [];
  const handlers = {
    onClick: (event: SyntheticEvent) => {
      const id = countryOf(event);
      if (id) onSelect?.({ kind: 'country', id });
    },
    onKeyDown: (event: KeyboardEvent) => {
      const id = countryOf(event);
      if (!id || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      onSelect?.({ kind: 'country', id });
    },
    onFocus: (event: SyntheticEvent) => onFocusChange(countryOf(event)),
    onBlur: () => onFocusChange(null),
  };
  return (
    <>
      <KeptGroup keep={!countries} aria-hidden="true">
        {countries?.filter((c) => !(interactive && involved.has(c.id))).map((c) => <path key={c.id} d={c.d} fillRule="evenodd" {...fill(c)} />)}
      </KeptGroup>
      {interactive && (
        <KeptGroup keep={!countries} {...handlers}>
          {buttons.map((c) => (
            <path
              key={c.id}
              className="static-map__country"
              d={c.d}
              fillRule="evenodd"
              {...fill(c)}
              role="button"
              tabIndex={0}
              aria-label={t.hoverMentions(c.name[lang], t.mentions(c.mentionCount))}
              aria-pressed={selection?.kind === 'country' && selection.id === c.id}
              data-country={c.id}
              data-focus-key={`static-${c.id}`}
            />
          ))}
        </KeptGroup>
      )}
    </>
  );
}

type Country = SvgDrawing['countries'][number];

/** The story country a delegated event comes from. */
function countryOf(event: SyntheticEvent): string | null {
  return event.target instanceof Element ? (event.target.closest('[data-country]')?.getAttribute('data-country') ?? null) : null;
}
