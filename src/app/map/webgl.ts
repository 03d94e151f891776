/**
 * Whether this browser has the WebGL2 API that maplibre-gl 6 needs. It does not create a context to find out:
 * a probe context costs a GPU context on every load, and a map that then fails to get its own context
 * reports it through `onUnavailable`, which shows the static map all the same.
 */
export function hasWebGL2Api(scope: object = globalThis): boolean {
  return typeof (scope as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext === 'function';
}
