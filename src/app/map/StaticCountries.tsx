import { useState, type KeyboardEvent } from 'react';
import type { Lang, StoryManifest } from '../../shared/contract';
import type { Messages } from '../i18n';
import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import { countryFill } from './paintRules';
import type { SvgDrawing } from './svgDrawing';
import type { Theme } from './theme';

interface Props {
  story: StoryManifest;
  countries: SvgDrawing['countries'];
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

/** The SVG map's country fills, from the theme's one fill rule; the story's countries as buttons. */
export function StaticCountries({ story, countries, lang, t, selection, focus, theme, interactive, onSelect, onFocusChange }: Props) {
  const [involved] = useState(() => new Set(story.countries.map((c) => c.id)));
  const fill = (c: SvgDrawing['countries'][number]) => {
    const { color, opacity } = countryFill(theme, c, focus?.countries?.get(c.id) === false);
    return { fill: color, fillOpacity: opacity, stroke: theme.landOutline, strokeWidth: 0.5 };
  };
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect?.({ kind: 'country', id });
  };
  const buttons = interactive ? story.countries.map(({ id }) => countries.find((c) => c.id === id)).filter((c) => c !== undefined) : [];
  return (
    <>
      <g aria-hidden="true">
        {countries.filter((c) => !(interactive && involved.has(c.id))).map((c) => <path key={c.id} d={c.d} fillRule="evenodd" {...fill(c)} />)}
      </g>
      {buttons.length > 0 && (
        <g>
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
              data-focus-key={`static-${c.id}`}
              onClick={() => onSelect?.({ kind: 'country', id: c.id })}
              onKeyDown={(event) => onKey(event, c.id)}
              onFocus={() => onFocusChange(c.id)}
              onBlur={() => onFocusChange(null)}
            />
          ))}
        </g>
      )}
    </>
  );
}
