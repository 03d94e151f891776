import type { Focus } from '../state/stepFocus';
import { KeptGroup } from './KeptGroup';
import type { SvgLabel } from './svgLabels';
import { BORDER_FIGURE, COUNTRY_LABEL, PLACE_LABEL } from './labelRules';
import type { Theme } from './theme';

interface Props {
  /** Null while hydration keeps the pre-rendered names (see KeptGroup). */
  labels: readonly SvgLabel[] | null;
  focus: Focus | null;
  theme: Theme;
}

const LINE_HEIGHT_EM = 1.2;
const DIMMED = 0.4;

/** The SVG map's names, each a group at its label point (as the WebGL symbol's anchor) holding its text. */
export function StaticLabels({ labels, focus, theme }: Props) {
  return (
    <KeptGroup keep={!labels} aria-hidden="true" pointerEvents="none" className="static-map__labels">
      {labels?.map((label) => {
        const place = label.id.startsWith('p-');
        const dimmed = place && focus?.places?.get(label.id.slice(2)) === false;
        // A halo is drawn outside the glyphs; an SVG stroke straddles them, hence twice the width.
        const halo = 2 * (place ? PLACE_LABEL.haloWidth : label.id.startsWith('b-') ? BORDER_FIGURE.haloWidth : COUNTRY_LABEL.haloWidth);
        return (
          <g key={label.id} data-label={label.id} transform={`translate(${round(label.x)} ${round(label.y)})`} opacity={dimmed ? DIMMED : undefined}>
            <text x={round(label.dx)} y={round(label.dy)} fontSize={round(label.size)} textAnchor={label.textAnchor} dominantBaseline="central" className="static-map__label"
              fontWeight={label.bold ? 700 : 400} letterSpacing={label.letterSpacing ? `${label.letterSpacing}em` : undefined}
              fill={theme[label.colour]} stroke={theme.halo} strokeWidth={halo} strokeLinejoin="round" paintOrder="stroke">
              {label.lines.map((line, i) => (
                <tspan key={i} x={round(label.dx)} dy={i === 0 ? undefined : `${LINE_HEIGHT_EM}em`}>{line}</tspan>
              ))}
            </text>
          </g>
        );
      })}
    </KeptGroup>
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
