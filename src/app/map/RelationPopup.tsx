import { Popup } from 'react-map-gl/maplibre';
import type { Lang } from '../../shared/contract';
import type { RelationSummary } from '../format/relationSummary';
import type { Messages } from '../i18n';
import { RelationQuote } from './RelationQuote';

interface Props {
  relation: RelationSummary;
  lngLat: readonly [number, number];
  /** A pinned tooltip has a close button; a hover tooltip goes with the pointer. */
  pinned: boolean;
  ends: string;
  lang: Lang;
  storyLang: Lang;
  t: Messages;
  onClose: () => void;
}

/** A relation's tooltip on the map, where the pointer met its line. */
export function RelationPopup({ relation, lngLat, pinned, ends, lang, storyLang, t, onClose }: Props) {
  return (
    <Popup longitude={lngLat[0]} latitude={lngLat[1]} closeButton={pinned} closeOnClick={false} onClose={onClose} maxWidth="300px" className="relation-popup">
      <RelationQuote relation={relation} ends={ends} lang={lang} storyLang={storyLang} t={t} />
    </Popup>
  );
}
