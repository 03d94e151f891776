import { describe, expect, it } from 'vitest';
import { hasWebGL2Api } from '../../src/app/map/webgl';

describe('whether the browser has the WebGL2 API the map needs', () => {
  it('is no when the API is missing, so the static map shows without creating a map', () => {
    expect(hasWebGL2Api({})).toBe(false);
    expect(hasWebGL2Api({ WebGL2RenderingContext: undefined })).toBe(false);
    expect(hasWebGL2Api({ WebGL2RenderingContext: {} })).toBe(false);
  });

  it('is yes when the API is there, without creating a context to find out', () => {
    class WebGL2RenderingContext {}
    expect(hasWebGL2Api({ WebGL2RenderingContext })).toBe(true);
  });
});
