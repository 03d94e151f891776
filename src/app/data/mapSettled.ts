/**
 * When the world beyond the story's countries is wanted: once the map's first view is drawn (its first `idle`),
 * at the reader's first move of the camera, or two seconds later, whichever comes first. The first view shows
 * the story's own countries and never waits for it.
 */
const WORLD_AFTER_MS = 2000;

let settle: () => void = () => undefined;
let move: () => void = () => undefined;
const settled = new Promise<void>((resolve) => (settle = resolve));
const moved = new Promise<void>((resolve) => (move = resolve));

export const markMapSettled = (): void => settle();
export const markMapMoved = (): void => move();

export const whenWorldWanted = (): Promise<void> =>
  settled.then(() => Promise.race([moved, new Promise<void>((resolve) => setTimeout(resolve, WORLD_AFTER_MS))]));
