import type { CountryRole, RelationKind } from '../../shared/contract';
import type { OnScreen } from './onScreen';
import type { SvgDrawing } from './svgDrawing';

/** What the SVG map draws in its frame, as `onScreen` reads it from the WebGL map: the legend names only that. */
export function svgOnScreen(drawing: Pick<SvgDrawing, 'countries' | 'relations' | 'places'>): OnScreen {
  return {
    roles: [...new Set(drawing.countries.map((c) => c.role))].sort() as CountryRole[],
    kinds: [...new Set(drawing.relations.map((r) => r.kind))].sort() as RelationKind[],
    here: drawing.places.some((p) => p.here),
  };
}
