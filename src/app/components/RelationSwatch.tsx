import type { RelationKind } from '../../shared/contract';
import { lightTheme } from '../map/theme';

/** A short sample of the line the map draws for a kind of relation: same colour, same dashes. */
export function RelationSwatch({ kind }: { kind: RelationKind }) {
  const stroke = lightTheme.relation(kind);
  const width = Math.min(stroke.width, 3);
  const dash = stroke.dash[1] === 0 ? undefined : stroke.dash.map((d) => d * width).join(' ');
  return (
    <svg className="relation-swatch" width="36" height="10" viewBox="0 0 36 10" aria-hidden="true">
      <line x1="1" y1="5" x2="35" y2="5" stroke={stroke.color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}
