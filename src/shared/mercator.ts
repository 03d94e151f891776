/** Web Mercator as MapLibre draws it, in world units from 0 to 1 (north-west corner at 0, 0). Shared by the app's cameras and the build's view boxes. */

/** The pixels of one tile at zoom 0: the world is TILE_SIZE × 2^zoom pixels wide. */
export const TILE_SIZE = 512;
export const MAX_LATITUDE = 85.051129;

export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const phi = (Math.min(MAX_LATITUDE, Math.max(-MAX_LATITUDE, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

export function longitudeOfX(x: number): number {
  return x * 360 - 180;
}

export function latitudeOfY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}
