import { herePlaces } from '../data/herePlaces';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { geoPath } from 'd3-geo';
import type { CountryRole, Lang, StoryLayers, StoryManifest } from '../../shared/contract';
import type { Messages } from '../i18n';
import type { Selection } from '../state/selection';
import type { Focus } from '../state/stepFocus';
import { describeMap } from './describeMap';
import { placeLabels, type LabelCandidate } from './staticLabels';
import { staticProjection, toD3Winding } from './staticProjection';
import { lightTheme as theme } from './theme';
import './staticMap.css';

export interface StaticMapProps {
  story: StoryManifest;
  layers: StoryLayers;
  lang: Lang;
  t: Messages;
  selection: Selection;
  focus: Focus | null;
  /** The relations the map draws now: the step's, the selection's, or the overview's few. */
  shownRelations: readonly string[];
  /** The area to show, [west, south, east, north]: the current step's or the story's. */
  bounds: [number, number, number, number];
  /** The fallback map takes clicks and keys; the copy made for printing does not. */
  interactive: boolean;
  onSelect?: (selection: Selection) => void;
  className?: string;
}

const SIZE = { width: 960, height: 640 };

/** The story's map as SVG, from the same compiled GeoJSON: for browsers without WebGL2, and for print. */
export default function StaticMap(props: StaticMapProps) {
  const { story, layers, lang, t, selection, focus, shownRelations, bounds, interactive, onSelect, className = '' } = props;
  const [focused, setFocused] = useState<string | null>(null);
  const [west, south, east, north] = bounds;
  const drawing = useMemo(() => draw(layers, [west, south, east, north]), [layers, west, south, east, north]);
  const description = useMemo(() => describeMap(story, layers, lang, t, shownRelations), [story, layers, lang, t, shownRelations]);
  const involved = useMemo(() => new Set(story.countries.map((c) => c.id)), [story]);
  const dimmed = (source: keyof Focus, id: string) => focus?.[source]?.get(id) === false;

  const labels = useMemo(() => {
    const candidates: LabelCandidate[] = [];
    for (const f of layers.labels.features) {
      const at = drawing.project(f.geometry.coordinates);
      if (!at) continue;
      const context = f.properties.role === 'context';
      candidates.push({ id: `c-${f.properties.id}`, text: f.properties.name[lang], x: at[0], y: at[1], size: context ? 10 : 11 + 5 * f.properties.emphasis, priority: context ? 3 : 1 - f.properties.emphasis, anchor: 'middle' });
    }
    for (const f of layers.places.features) {
      if (f.properties.kind === 'building' || f.properties.kind === 'region') continue;
      const at = drawing.project(f.geometry.coordinates);
      if (!at) continue;
      const here = drawing.here.has(f.properties.id);
      candidates.push({ id: `p-${f.properties.id}`, text: f.properties.name[lang], x: at[0] + (here ? 16 : 7), y: at[1] + 4, size: here ? 16 : 12.5, priority: here ? -1 : 1 + f.properties.rank / 100, anchor: 'start' });
    }
    return placeLabels(candidates, SIZE.width, SIZE.height);
  }, [layers, lang, drawing]);

  const choose = (id: string) => onSelect?.({ kind: 'country', id });
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose(id);
  };
  const countryPaths = drawing.countries.filter((c) => c.d);
  const selectedCountry = selection?.kind === 'country' ? countryPaths.find((c) => c.id === selection.id) : undefined;
  const focusedCountry = countryPaths.find((c) => c.id === focused);

  return (
    <div className={`static-map ${className}`} data-testid={interactive ? 'static-map' : 'print-map'} aria-hidden={interactive ? undefined : true}>
      {interactive && <p id="static-map-description" className="visually-hidden">{description}</p>}
      <svg
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        preserveAspectRatio="xMidYMid meet"
        role={interactive ? 'group' : undefined}
        aria-label={interactive ? t.mapLabel(story.title[lang]) : undefined}
        aria-describedby={interactive ? 'static-map-description' : undefined}
      >
        <rect width={SIZE.width} height={SIZE.height} fill={theme.sea} />
        <g aria-hidden="true">
          {countryPaths.filter((c) => !(interactive && involved.has(c.id))).map((c) => (
            <path key={c.id} d={c.d} fill={theme.role(c.role)} fillOpacity={fillOpacity(c, dimmed('countries', c.id))} stroke={theme.landOutline} strokeWidth={0.5} />
          ))}
        </g>
        {interactive && (
          <g>
            {story.countries.map(({ id }) => countryPaths.find((c) => c.id === id)).filter((c) => c !== undefined).map((c) => {
              const name = c.name[lang];
              return (
                <path
                  key={c.id}
                  className="static-map__country"
                  d={c.d}
                  fill={theme.role(c.role)}
                  fillOpacity={fillOpacity(c, dimmed('countries', c.id))}
                  stroke={theme.landOutline}
                  strokeWidth={0.5}
                  role="button"
                  tabIndex={0}
                  aria-label={t.hoverMentions(name, t.mentions(c.mentionCount))}
                  aria-pressed={selection?.kind === 'country' && selection.id === c.id}
                  data-focus-key={`static-${c.id}`}
                  onClick={() => choose(c.id)}
                  onKeyDown={(event) => onKey(event, c.id)}
                  onFocus={() => setFocused(c.id)}
                  onBlur={() => setFocused(null)}
                />
              );
            })}
          </g>
        )}
        <g aria-hidden="true" fill="none" pointerEvents="none">
          {drawing.borders.map((b) => (
            <path key={b.id} d={b.d} stroke={b.emphasis ? theme.borderEmphasis : theme.border} strokeWidth={b.emphasis ? 3.5 : 0.7} strokeLinejoin="round" />
          ))}
          {drawing.relations.filter((r) => shownRelations.includes(r.relation)).map((r) => {
            const stroke = theme.relation(r.kind);
            const solid = stroke.dash.every((d, i) => i % 2 === 0 || d === 0);
            const off = dimmed('relations', r.relation);
            const on = focus?.relations?.get(r.relation) === true;
            return (
              <path key={r.id} d={r.d} stroke={stroke.color} strokeWidth={stroke.width} strokeDasharray={solid ? undefined : stroke.dash.map((d) => d * stroke.width).join(' ')}
                strokeOpacity={off ? 0.12 : on ? 0.95 : r.context ? 0.5 : 0.65} />
            );
          })}
          {selectedCountry && <path d={selectedCountry.d} stroke={theme.selection} strokeWidth={3} strokeLinejoin="round" />}
          {focusedCountry && (
            <>
              <path d={focusedCountry.d} stroke="#ffffff" strokeWidth={6} strokeLinejoin="round" />
              <path d={focusedCountry.d} className="static-map__focus" strokeWidth={3} strokeLinejoin="round" />
            </>
          )}
        </g>
        <g aria-hidden="true" pointerEvents="none">
          {drawing.places.map((p) => (
            <g key={p.id} opacity={dimmed('places', p.id) ? 0.35 : 1}>
              {p.here && <circle cx={p.x} cy={p.y} r={14} fill={theme.halo} fillOpacity={0.45} stroke={theme.here} strokeWidth={2.5} />}
              <circle cx={p.x} cy={p.y} r={p.here ? 5.5 : p.context ? 3.5 : 4.5} fill={p.context ? theme.placeContext : theme.place}
                stroke={selection?.kind === 'place' && selection.id === p.id ? theme.here : theme.halo} strokeWidth={selection?.kind === 'place' && selection.id === p.id ? 3 : 1.5} />
            </g>
          ))}
          {labels.map((label) => (
            <text key={label.id} x={label.x} y={label.y} fontSize={label.size} textAnchor={label.anchor} className="static-map__label"
              fontWeight={label.id.startsWith('c-') && label.size > 10 ? 700 : label.size >= 16 ? 700 : 400}
              fill={label.size === 10 ? theme.textMuted : theme.text} stroke={theme.halo} strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
              {label.text}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}

// The same opacity as the WebGL style's countries-fill.
function fillOpacity(c: { role: CountryRole; emphasis: number }, dimmed: boolean): number {
  if (c.role === 'context') return 1;
  return (dimmed ? 0.45 : 1) * theme.roleWeight(c.role) * (0.6 + 0.4 * c.emphasis);
}

/** Every path of the story projected once per area shown. */
function draw(layers: StoryLayers, bounds: [number, number, number, number]) {
  const projection = staticProjection(bounds, SIZE);
  const path = geoPath(projection);
  const project = (coordinates: number[]) => {
    const at = projection([coordinates[0]!, coordinates[1]!]);
    return at && at[0] >= 0 && at[0] <= SIZE.width && at[1] >= 0 && at[1] <= SIZE.height ? at : null;
  };
  const here = herePlaces(layers);
  return {
    project,
    here,
    countries: layers.countries.features.map((f) => ({ ...f.properties, d: path(toD3Winding(f.geometry)) ?? '' })),
    borders: layers.borders.features.map((f) => ({ id: f.properties.id, emphasis: f.properties.emphasis, d: path(f.geometry) ?? '' })).filter((b) => b.d),
    relations: layers.relations.features.map((f) => ({ ...f.properties, d: path(f.geometry) ?? '' })).filter((r) => r.d),
    places: layers.places.features.flatMap((f) => {
      if (f.properties.kind === 'region' || f.properties.kind === 'building') return [];
      const at = project(f.geometry.coordinates);
      return at ? [{ id: f.properties.id, x: at[0], y: at[1], context: f.properties.context, here: here.has(f.properties.id) }] : [];
    }),
  };
}
