import type { FieldPath } from '../annotation/parseAnnotation';

/**
 * Thrown while drawing a relation whose two ends are exactly opposite on the globe: no single
 * great circle joins them. It carries the field to blame, so the story's compile can locate it.
 */
export class AntipodalEnds extends Error {
  constructor(
    readonly path: FieldPath,
    from: string,
    to: string,
  ) {
    super(`"${from}" and "${to}" are antipodal (exactly opposite on the globe), so no single arc joins them; add a waypoint between them with "path"`);
    this.name = 'AntipodalEnds';
  }
}
