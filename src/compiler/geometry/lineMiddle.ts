import type { LineString, MultiLineString, Position } from 'geojson';

/**
 * A vertex half-way along a line, or along the longest part (most vertices) of a multi-line: where the map
 * hangs a border's figure. A label placed along the line itself is cut by tile edges and often not drawn.
 */
export function lineMiddle(geometry: LineString | MultiLineString): [number, number] | undefined {
  const line = geometry.type === 'LineString' ? geometry.coordinates : [...geometry.coordinates].sort((a, b) => b.length - a.length)[0];
  const middle = line && line.length > 0 ? halfway(line) : undefined;
  return middle ? [middle[0]!, middle[1]!] : undefined;
}

function halfway(line: readonly Position[]): Position | undefined {
  const lengths = line.slice(1).map((point, i) => Math.hypot(point[0]! - line[i]![0]!, point[1]! - line[i]![1]!));
  const total = lengths.reduce((a, b) => a + b, 0);
  let walked = 0;
  for (let i = 0; i < lengths.length; i++) {
    if (walked + lengths[i]! >= total / 2) return line[i + 1];
    walked += lengths[i]!;
  }
  return line[0];
}
