import type { Lang } from '../../shared/contract';
import type { FeatureIndex } from '../data/featureIndex';
import type { Messages } from '../i18n';

export interface PointHover {
  kind: 'country' | 'place';
  id: string;
  x: number;
  y: number;
}

/** The name and mention count of the country or place under the pointer. */
export function HoverTip({ hover, features, lang, t }: { hover: PointHover; features: Pick<FeatureIndex, 'country' | 'place'>; lang: Lang; t: Messages }) {
  const feature = hover.kind === 'country' ? features.country(hover.id) : features.place(hover.id);
  if (!feature) return null;
  const { name, mentions } = feature.properties;
  return (
    <div className="hover-tip" style={{ left: hover.x, top: hover.y }} aria-hidden="true">
      <strong>{name[lang]}</strong> · {t.mentions(mentions.length)}
    </div>
  );
}
