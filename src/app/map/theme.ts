import { scaleOrdinal } from 'd3-scale';
import { COUNTRY_ROLES, RELATION_KINDS, type CountryRole, type RelationKind } from '../../shared/contract';
import { PAGE_FAMILY } from './fonts';

/** Colour tokens. Role and relation hues come from the Okabe–Ito set, which stays distinct for colour-blind readers. */
export interface Theme {
  sea: string;
  land: string;
  landOutline: string;
  border: string;
  borderEmphasis: string;
  selection: string;
  text: string;
  textMuted: string;
  halo: string;
  place: string;
  placeContext: string;
  here: string;
  /** A `text-font` stack. */
  font: string[];
  fontBold: string[];
  role: (role: CountryRole) => string;
  /** How strongly a role's fill shows (0..1), before the country's own emphasis scales it. */
  roleWeight: (role: CountryRole) => number;
  relation: (kind: RelationKind) => RelationStroke;
}

export interface RelationStroke {
  color: string;
  /** In line widths, as `line-dasharray` reads it; `[1, 0]` is solid. */
  dash: readonly number[];
  width: number;
}

export const roleScale = scaleOrdinal<CountryRole, string>()
  .domain(COUNTRY_ROLES)
  // Rivals are a calm warm grey, not a saturated fill across Russia's whole extent. Every pair of role fills,
  // as drawn over the land, stays apart under deuteranopia and protanopia (tests/app/colourVision.test.ts).
  .range(['#D55E00', '#E69F00', '#0072B2', '#6B5E55', '#F0E442', '#56B4E9', '#E8E4DA']);

// The five Central Asian states must stand out even where Russia or the US are mentioned more often.
const ROLE_WEIGHT: Record<CountryRole, number> = {
  host: 1,
  'central-asia': 0.9,
  actor: 0.6,
  rival: 0.4,
  neighbour: 0.4,
  mentioned: 0.45,
  context: 1,
};

// Each kind differs from every other by dash pattern (tests/app/contrast.test.ts checks it), so colour is
// never the only cue; only `border` is solid. Every colour also reads at 4.5:1 as label text on the halo.
const STROKES: Record<RelationKind, RelationStroke> = {
  border: { color: '#8A3A00', dash: [1, 0], width: 3 },
  aid: { color: '#00795A', dash: [3, 1.5], width: 2.5 },
  alliance: { color: '#6A2C8A', dash: [5, 1.5, 1, 1.5], width: 2 },
  'customs-union': { color: '#A8427A', dash: [1, 1.5], width: 2.5 },
  pipeline: { color: '#1A1A1A', dash: [6, 1], width: 2.5 },
  trade: { color: '#005A8C', dash: [2, 2], width: 2 },
  war: { color: '#B00020', dash: [4, 1, 1, 1, 1, 1], width: 3.5 },
  travel: { color: '#0072B2', dash: [0.5, 1.5], width: 3 },
  influence: { color: '#8A5A00', dash: [4, 3], width: 2 },
  diplomacy: { color: '#0060A0', dash: [8, 2], width: 2.5 },
  sanctions: { color: '#4A4A4A', dash: [3, 1, 1, 1], width: 2 },
  shipping: { color: '#2A5674', dash: [1, 1, 3, 1], width: 2 },
};

export const relationScale = scaleOrdinal<RelationKind, RelationStroke>()
  .domain(RELATION_KINDS)
  .range(RELATION_KINDS.map((kind) => STROKES[kind]));

// With no glyph server MapLibre draws each label glyph with the CSS font the stack names, and reads the
// weight from the first name. No such family exists, so the browser falls to the page's own (fonts.ts).
export const FONT = ['Noto Sans Regular', PAGE_FAMILY];
export const FONT_BOLD = ['Noto Sans Bold', PAGE_FAMILY];

export const lightTheme: Theme = {
  sea: '#D6E4EC',
  land: '#F4F2EC',
  landOutline: '#B9B4A8',
  border: '#8C867A',
  borderEmphasis: '#8A3A00',
  selection: '#111111',
  text: '#1C1C1C',
  textMuted: '#4A4A4A',
  halo: '#FFFFFF',
  place: '#1C1C1C',
  placeContext: '#5C5C5C',
  here: '#1C1C1C',
  font: FONT,
  fontBold: FONT_BOLD,
  role: (role) => roleScale(role),
  roleWeight: (role) => (Object.hasOwn(ROLE_WEIGHT, role) ? ROLE_WEIGHT[role] : 0),
  relation: (kind) => relationScale(kind),
};
