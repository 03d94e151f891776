import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang, StoryLayers, StoryManifest } from '../../shared/contract';
import type { Messages } from '../i18n';
import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import type { CameraTarget } from './camera';
import { borderFigures } from './borderFigures';
import { describeMap } from './describeMap';
import type { OnScreen } from './onScreen';
import { svgOnScreen } from './svgOnScreen';
import { KeptGroup, useMountedByHydration } from './KeptGroup';
import { StaticCountries } from './StaticCountries';
import { StaticLabels } from './StaticLabels';
import { StaticLines } from './StaticLines';
import { StaticPlaces } from './StaticPlaces';
import { lightTheme as theme } from './theme';
import { useSvgView, type SvgView } from './useSvgView';
import { useWakeGestures } from './useWakeGestures';
import { WakeControls } from './WakeControls';
import type { Gesture } from './gesture';
import './staticMap.css';

export interface StaticMapProps {
  story: StoryManifest;
  layers: StoryLayers;
  lang: Lang;
  t: Messages;
  selection: Selection;
  focus: Focus | null;
  /** What the WebGL map would frame: the current step, or the story's overview. */
  target: CameraTarget;
  /** Annotated relation ids drawn, and the places at their ends (see shownRelations.ts). */
  shownRelations: readonly string[];
  endPlaces: readonly string[];
  /** The fallback map takes clicks and keys; the copy made for printing does not. */
  interactive: boolean;
  onSelect?: (selection: Selection) => void;
  /** The first view's SVG map: a gesture only the WebGL map can answer starts it (see MapFallback). */
  onWake?: (gesture: Gesture) => void;
  /** Told what the map draws in its frame, for a legend of only that (the first view's SVG map; WebGL's then). */
  onScreen?: (drawn: OnScreen) => void;
  /** The reset-view button's action (the first view's SVG map, in the place of the WebGL map's). */
  onReset?: () => void;
  /** Inside another page: a plain wheel scrolls it and does not start the WebGL map. */
  cooperative?: boolean;
  className?: string;
}

/**
 * The story's map as SVG, for browsers without WebGL2 and for print: the WebGL map's Web Mercator camera at
 * this element's size, the same theme and the same label anchors, so both draw every point on the same pixel.
 */
export default function StaticMap(props: StaticMapProps) {
  const { story, layers, lang, t, selection, focus, shownRelations, interactive, onSelect, className = '' } = props;
  const ref = useRef<HTMLDivElement>(null);
  const figures = useMemo(() => borderFigures(layers, story.claims, lang, focus !== null), [layers, story, lang, focus]);
  const keep = useMountedByHydration();
  const view = useSvgView(ref, { ...props, figures, keep });
  useWakeGestures(ref, props.onWake, props.cooperative);
  const { onScreen } = props;
  useEffect(() => {
    if (view?.drawing && interactive && onScreen) onScreen(svgOnScreen(view.drawing));
  }, [view, interactive, onScreen]);
  const [focused, setFocused] = useState<string | null>(null);
  const description = useMemo(() => describeMap(story, layers, lang, t, shownRelations), [story, layers, lang, t, shownRelations]);

  return (
    <div ref={ref} className={`static-map ${className}`} data-testid={interactive ? 'static-map' : 'print-map'} aria-hidden={interactive ? undefined : true}>
      {interactive && <p id="static-map-description" className="visually-hidden">{description}</p>}
      {view && (
        <svg
          viewBox={view.centred ? undefined : `0 0 ${view.size.width} ${view.size.height}`}
          preserveAspectRatio="xMidYMid meet"
          role={interactive ? 'group' : undefined}
          aria-label={interactive ? t.mapLabel(story.title[lang]) : undefined}
          aria-describedby={interactive ? 'static-map-description' : undefined}
        >
          {/* Unmeasured, the pre-rendered frame sits in the middle of whatever size the page gives the map. */}
          <g className={view.centred ? 'static-map__centre' : undefined}>
            <g transform={view.centred ? `translate(${-view.size.width / 2} ${-view.size.height / 2})` : undefined}>
              <rect {...seaArea(view)} fill={theme.sea} />
              <KeptGroup keep={!view.drawing} aria-hidden="true" pointerEvents="none">
                {view.drawing?.land && <path d={view.drawing.land} fillRule="evenodd" fill={theme.role('context')} />}
                {view.drawing?.boundaries.filter((b) => !b.disputed).map((b) => <path key={b.id} d={b.d} fill="none" stroke={theme.border} strokeWidth={0.6} strokeOpacity={0.7} />)}
              </KeptGroup>
              <StaticCountries story={story} countries={view.drawing?.countries ?? null} lang={lang} t={t} selection={selection} focus={focus} theme={theme}
                interactive={interactive} onSelect={onSelect} onFocusChange={setFocused} />
              <StaticLines drawing={view.drawing} selection={selection} focus={focus} focused={focused} theme={theme} />
              <StaticLabels labels={view.labels} focus={focus} theme={theme} />
              <StaticPlaces places={view.places} selection={selection} focus={focus} theme={theme} onSelect={interactive ? onSelect : undefined} />
            </g>
          </g>
        </svg>
      )}
      {interactive && props.onWake && <WakeControls t={t} onWake={props.onWake} {...(props.onReset ? { onReset: props.onReset } : {})} />}
    </div>
  );
}

/** The sea under the drawing: the view, or the pre-rendered frame with its bleed. */
function seaArea({ size, centred, bleed }: SvgView): { x: number; y: number; width: number; height: number } {
  const { x, y } = centred && bleed ? bleed : { x: 0, y: 0 };
  return { x: -x, y: -y, width: size.width + 2 * x, height: size.height + 2 * y };
}
