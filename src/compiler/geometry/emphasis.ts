import { scaleSqrt } from 'd3-scale';
import { roundTo } from './clean';

export interface EmphasisScale {
  /** 0..1 for a mention count, clamped, rounded to 2 decimals. */
  (count: number): number;
  /** Recorded by the build so that a reader of the data can tell how emphasis was computed. */
  type: 'sqrt';
  domain: [number, number];
  range: [number, number];
}

/**
 * Emphasis from mention counts on a square-root scale: the second mention counts more than the
 * twentieth, so a country named once still shows next to the host.
 */
export function emphasisScale(counts: readonly number[]): EmphasisScale {
  const max = Math.max(1, ...counts.filter(Number.isFinite));
  const domain: [number, number] = [0, max];
  const range: [number, number] = [0, 1];
  const d3 = scaleSqrt().domain(domain).range(range).clamp(true);
  const scale = (count: number): number => roundTo(d3(Number.isFinite(count) ? count : 0), 2);
  return Object.assign(scale, { type: 'sqrt' as const, domain, range });
}
