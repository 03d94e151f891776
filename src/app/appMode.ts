/** `embed`: the compact layout for an iframe, with the host-page API and cooperative gestures. */
export type AppMode = 'page' | 'embed';
