/** A box in degrees, `[west, south, east, north]`: the one box type of the contract, the compiler and the app. */
export type Bbox = [west: number, south: number, east: number, north: number];
