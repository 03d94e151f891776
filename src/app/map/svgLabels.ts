import type { Lang, StoryLayers } from '../../shared/contract';
import type { Viewport } from './camera';
import { EM_PER_CHAR, estimateWidth, flipsAt, nameReach } from './edgeLabels';
import { countryNamePlaces, insideOffsetSteps, movesInside, projectedRings, type AnchorOffset } from './countryNameOffsets';
import { BORDER_FIGURE, COUNTRY_LABEL, countryLabelOffset, countryLabelSize, PLACE_LABEL, placeLabelAnchors, placeLabelStyle, type LabelAnchor } from './labelRules';
import { runNow, type Steps } from './slices';
import { inside, placeShown, type DrawOptions, type SvgDrawing } from './svgDrawing';

export type LabelColour = 'text' | 'textMuted' | 'place' | 'placeContext' | 'borderEmphasis';

/** A figure the map writes on a border (the article's `quelque 7 500 km`), at the point the compiler chose. */
export interface SvgFigure {
  id: string;
  at: [number, number];
  text: string;
  /** In a step the figure is placed before the place names; in the overview after them (style.ts). */
  beforePlaces: boolean;
}

/** A name as the SVG map sets it: its label point, and where its text goes from there. */
export interface SvgLabel {
  id: string;
  lines: string[];
  /** The label point, the WebGL symbol's anchor, in the view's pixels. */
  x: number;
  y: number;
  /** From the label point to the first line's start (or middle, or end) and vertical centre. */
  dx: number;
  dy: number;
  textAnchor: 'start' | 'middle' | 'end';
  size: number;
  bold: boolean;
  /** In ems. */
  letterSpacing: number;
  colour: LabelColour;
}

interface Candidate extends Omit<SvgLabel, 'dx' | 'dy' | 'textAnchor'> {
  anchors: readonly LabelAnchor[];
  /** The radial offset, in ems. */
  offset: number;
  /** Instead of `anchors` at the radial `offset`: anchors with their own offsets, as `text-variable-anchor-offset` lists them. */
  places?: readonly AnchorOffset[];
  priority: number;
  padding: number;
}

type Box = [number, number, number, number];

/** A line's width in pixels, without letter spacing. */
export type Measure = (text: string, size: number, bold: boolean) => number;

const LINE_HEIGHT = 1.2;
// The WebGL style's invisible obstacle on each dot: a 12 px bullet, its advance wide and a line high, padded by 2 px.
const DOT_BOX = { halfWidth: 4.5, halfHeight: 9 };
const COUNTRY_RANK: Record<string, number> = { host: 0, 'central-asia': 1, rival: 2, actor: 3, neighbour: 4, mentioned: 5 };

/**
 * The country and place names of one view, placed as the WebGL style places them: the dots first, then country
 * names by rank, then place names by rank, each at its first anchor that collides with nothing placed before.
 */
export function svgLabels(layers: StoryLayers, lang: Lang, drawing: Pick<SvgDrawing, 'places'>, options: DrawOptions, measure: Measure = estimateWidth, figures: readonly SvgFigure[] = []): SvgLabel[] {
  return runNow(svgLabelSteps(layers, lang, drawing, options, measure, figures));
}

/** svgLabels' work, a step per country name searched and per name placed (see slices.ts). */
export function* svgLabelSteps(layers: StoryLayers, lang: Lang, drawing: Pick<SvgDrawing, 'places'>, options: DrawOptions, measure: Measure = estimateWidth, figures: readonly SvgFigure[] = []): Steps<SvgLabel[]> {
  const { project, viewport, zoom } = options;
  const candidates: Candidate[] = [];
  const countries = new Map(layers.countries.features.map((f) => [String(f.properties.id), f.geometry]));
  for (const f of layers.labels.features) {
    const [x, y] = project(f.geometry.coordinates);
    const { role, emphasis } = f.properties;
    const size = countryLabelSize(role, emphasis, zoom);
    const lines = wrap(f.properties.name[lang], COUNTRY_LABEL.maxWidth, role !== 'context');
    // The five states' names move within their country first, as the WebGL map's `countryNameOffsets` state has them.
    const geometry = movesInside(role) ? countries.get(f.properties.id) : undefined;
    const inside = geometry ? yield* insideOffsetSteps([x, y], projectedRings(geometry, project), size) : [];
    candidates.push({ id: `c-${f.properties.id}`, lines, x, y, size, bold: role !== 'context', letterSpacing: COUNTRY_LABEL.letterSpacing, colour: role === 'context' ? 'textMuted' : 'text',
      anchors: COUNTRY_LABEL.anchors, offset: countryLabelOffset(role), places: countryNamePlaces(inside, countryLabelOffset(role)), priority: (COUNTRY_RANK[role] ?? 9) + 1 - emphasis, padding: 2 });
    yield;
  }
  // The border's figure comes after the country names, and before or after the place names, as its WebGL layers do.
  for (const figure of figures) {
    const [x, y] = project(figure.at);
    candidates.push({ id: `b-${figure.id}`, lines: [figure.text], x, y, size: BORDER_FIGURE.size, bold: true, letterSpacing: 0, colour: 'borderEmphasis',
      anchors: ['bottom'], offset: BORDER_FIGURE.offset + BASELINE_OFFSET, priority: figure.beforePlaces ? 50 : 10_000, padding: 2 });
  }
  for (const f of layers.places.features) {
    if (!placeShown(f.properties, 'name', options)) continue;
    const [x, y] = project(f.geometry.coordinates);
    const style = placeLabelStyle(f.properties, options.here.has(f.properties.id));
    const name = f.properties.name[lang];
    // Only names beside a dot flip, as edgeLabels.ts decides for the WebGL map.
    const beside = f.properties.kind !== 'region' && f.properties.kind !== 'building';
    const flipped = beside && flipsAt(x, nameReach(name, style, measure), viewport.width);
    candidates.push({ id: `p-${f.properties.id}`, lines: wrap(style.uppercase ? name.toLocaleUpperCase(lang) : name, PLACE_LABEL.maxWidth, style.bold), x, y, size: style.size, bold: style.bold,
      letterSpacing: style.letterSpacing, colour: style.bold ? 'text' : f.properties.context ? 'placeContext' : 'place', anchors: placeLabelAnchors(flipped), offset: style.offset,
      priority: 100 + f.properties.rank, padding: 2 });
  }
  const taken: Box[] = drawing.places.map((p) => [p.x - DOT_BOX.halfWidth, p.y - DOT_BOX.halfHeight, p.x + DOT_BOX.halfWidth, p.y + DOT_BOX.halfHeight]);
  const placed: SvgLabel[] = [];
  for (const candidate of candidates.filter((c) => inside(c.x, c.y, viewport)).sort((a, b) => a.priority - b.priority)) {
    const label = place(candidate, taken, viewport, measure);
    if (label) placed.push(label);
    yield;
  }
  return placed;
}

function place(candidate: Candidate, taken: Box[], viewport: Viewport, measure: Measure): SvgLabel | undefined {
  const { anchors, offset, places, priority, padding, ...label } = candidate;
  void priority;
  const em = label.size;
  const width = Math.max(...label.lines.map((line) => measure(line, em, label.bold) + line.length * label.letterSpacing * em));
  const height = label.lines.length * LINE_HEIGHT * em;
  const tries = places?.map(([anchor, shift]) => [anchor, anchorOffset(anchor, shift)] as const) ?? anchors.map((anchor) => [anchor, radialOffset(anchor, offset)] as const);
  for (const [anchor, [ox, oy]] of tries) {
    const [ax, ay] = [label.x + ox * em, label.y + oy * em];
    const x0 = anchor.endsWith('left') ? ax : anchor.endsWith('right') ? ax - width : ax - width / 2;
    const y0 = anchor.startsWith('top') ? ay : anchor.startsWith('bottom') ? ay - height : ay - height / 2;
    const box: Box = [x0 - padding, y0 - padding, x0 + width + padding, y0 + height + padding];
    if (box[2] < 0 || box[0] > viewport.width || box[3] < 0 || box[1] > viewport.height) continue;
    if (taken.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
    taken.push(box);
    const textAnchor = anchor.endsWith('left') ? 'start' : anchor.endsWith('right') ? 'end' : 'middle';
    const tx = textAnchor === 'start' ? x0 : textAnchor === 'end' ? x0 + width : x0 + width / 2;
    return { ...label, textAnchor, dx: tx - label.x, dy: y0 + (LINE_HEIGHT * em) / 2 - label.y };
  }
  return undefined;
}

// MapLibre's assumed distance from a glyph's top to its baseline, in 24ths of an em (variable_text_anchor.ts).
const BASELINE_OFFSET = 7 / 24;

/** MapLibre's reading of a `text-variable-anchor-offset` entry, in ems: the baseline allowance comes off a top or bottom anchor. */
export function anchorOffset(anchor: LabelAnchor, [x, y]: readonly [number, number]): [number, number] {
  return [x, anchor.startsWith('top') ? y - BASELINE_OFFSET : anchor.startsWith('bottom') ? y + BASELINE_OFFSET : y];
}

/** MapLibre's `text-radial-offset` for an anchor, in ems: straight out for a side, along the diagonal for a corner. */
export function radialOffset(anchor: LabelAnchor, offset: number): [number, number] {
  const d = offset / Math.SQRT2;
  const x = anchor === 'left' ? offset : anchor === 'right' ? -offset : anchor.endsWith('-left') ? d : anchor.endsWith('-right') ? -d : 0;
  const y = anchor === 'top' ? offset - BASELINE_OFFSET : anchor === 'bottom' ? BASELINE_OFFSET - offset
    : anchor.startsWith('top-') ? d - BASELINE_OFFSET : anchor.startsWith('bottom-') ? BASELINE_OFFSET - d : 0;
  return [x, y];
}

/** Breaks a name wider than `maxWidth` ems at spaces into lines of about equal width, as MapLibre balances them. */
export function wrap(text: string, maxWidth: number, bold: boolean): string[] {
  const perChar = bold ? EM_PER_CHAR.bold : EM_PER_CHAR.regular;
  const words = text.split(' ');
  if (words.length < 2 || text.length * perChar <= maxWidth) return [text];
  const target = text.length / Math.ceil((text.length * perChar) / maxWidth);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length > target && Math.abs(next.length - target) > Math.abs(line.length - target)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line];
}
