import type { Position } from 'geojson';
import type { Bbox } from '../../shared/bbox';

/**
 * Where the story happens, when no annotation says: around the points the article
 * speaks of most, leaving far-away countries out of the box (they are kept whole anyway).
 */
export function storyRegion(points: readonly { at: Position; weight: number }[], padding = 8): Bbox {
  if (points.length === 0) return [-180, -60, 180, 80];
  const centre = weightedCentre(points);
  const near = points.filter(({ at }) => Math.abs(at[0]! - centre[0]) <= 45 && Math.abs(at[1]! - centre[1]) <= 30);
  const chosen = near.length > 0 ? near : points;
  const lons = chosen.map(({ at }) => at[0]!);
  const lats = chosen.map(({ at }) => at[1]!);
  return [
    Math.max(-180, Math.min(...lons) - padding),
    Math.max(-85, Math.min(...lats) - padding),
    Math.min(180, Math.max(...lons) + padding),
    Math.min(85, Math.max(...lats) + padding),
  ].map((value) => Math.round(value)) as Bbox;
}

function weightedCentre(points: readonly { at: Position; weight: number }[]): [number, number] {
  const total = points.reduce((sum, { weight }) => sum + weight, 0) || 1;
  const lon = points.reduce((sum, { at, weight }) => sum + at[0]! * weight, 0) / total;
  const lat = points.reduce((sum, { at, weight }) => sum + at[1]! * weight, 0) / total;
  return [lon, lat];
}

export function boundsOfPoints(points: readonly Position[], padding: number): Bbox {
  const lons = points.map((point) => point[0]!);
  const lats = points.map((point) => point[1]!);
  const round = (value: number) => Math.round(value * 10) / 10;
  return [
    round(Math.max(-180, Math.min(...lons) - padding)),
    round(Math.max(-85, Math.min(...lats) - padding)),
    round(Math.min(180, Math.max(...lons) + padding)),
    round(Math.min(85, Math.max(...lats) + padding)),
  ];
}
