import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SourceId } from './style';

/** Sets one boolean feature-state key, first clearing it wherever it was set before. */
export function setExclusiveState(map: MapLibreMap, key: string, previous: readonly FeatureRef[], next: readonly FeatureRef[]): void {
  for (const ref of previous) if (map.getSource(ref.source)) map.removeFeatureState({ source: ref.source, id: ref.id }, key);
  for (const ref of next) if (map.getSource(ref.source)) map.setFeatureState({ source: ref.source, id: ref.id }, { [key]: true });
}

export interface FeatureRef {
  source: SourceId;
  id: string;
}
