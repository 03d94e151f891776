import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import { PLACE_DOT, placeDot } from './paintRules';
import type { SvgDrawing } from './svgDrawing';
import type { Theme } from './theme';

interface Props {
  places: SvgDrawing['places'];
  selection: Selection;
  focus: Focus | null;
  theme: Theme;
  /** Dots take clicks on the screen map (the keyboard reaches places through the lists). */
  onSelect?: (selection: Selection) => void;
}

// MapLibre strokes a circle outside its radius, SVG across it: the SVG radius grows by half the stroke.
/** The SVG map's place dots, and the ring around the place the story happens in. */
export function StaticPlaces({ places, selection, focus, theme, onSelect }: Props) {
  return (
    <g aria-hidden="true" pointerEvents={onSelect ? undefined : 'none'}>
      {places.map((p) => {
        const selected = selection?.kind === 'place' && selection.id === p.id;
        const dot = placeDot(theme, { here: p.here, context: p.context, hover: false, selected, dimmed: focus?.places?.get(p.id) === false });
        return (
          <g key={p.id} data-place={p.id} opacity={dot.opacity} className={onSelect ? 'static-map__place' : undefined} onClick={onSelect ? () => onSelect({ kind: 'place', id: p.id }) : undefined}>
            {p.here && <circle cx={p.x} cy={p.y} r={PLACE_DOT.ring.radius + PLACE_DOT.ring.strokeWidth / 2} fill={theme.halo} fillOpacity={PLACE_DOT.ring.opacity} stroke={theme.here} strokeWidth={PLACE_DOT.ring.strokeWidth} />}
            <circle cx={p.x} cy={p.y} r={dot.radius + dot.strokeWidth / 2} fill={dot.color} stroke={dot.stroke} strokeWidth={dot.strokeWidth} />
          </g>
        );
      })}
    </g>
  );
}
