/** Whether this browser can create a WebGL2 context, which maplibre-gl 6 needs; checked before creating the map. */
export function supportsWebGL2(doc: Document = document): boolean {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    // Give the probe's context back at once: browsers cap how many a page may hold.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
