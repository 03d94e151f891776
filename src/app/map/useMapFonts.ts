import { useEffect, useMemo, useState } from 'react';
import { beyondLatin, loadMapFonts } from './fonts';

/**
 * Whether the map may be created: once the font subsets its labels need, beyond the latin one MapLibre
 * loads itself, have loaded. A story whose labels stay in the latin subset waits for nothing. Only the
 * first creation waits: data reloaded later (a layer's Retry) load their subsets while the map keeps
 * drawing, so a glyph new to them may be drawn in the fallback font.
 */
export function useMapFonts(characters: string): boolean {
  const pending = useMemo(() => beyondLatin(characters), [characters]);
  const [ready, setReady] = useState(pending === '');
  useEffect(() => {
    let live = true;
    void loadMapFonts(pending).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [pending]);
  return ready;
}
