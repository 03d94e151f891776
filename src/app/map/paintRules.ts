import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COUNTRY_ROLES, type CountryRole } from '../../shared/contract';
import type { Theme } from './theme';

/**
 * How the reader's state paints a country, a place dot and a relation, written once as data. The WebGL style
 * reads each rule as a MapLibre expression, the SVG map as a plain function of the same numbers.
 */
export const COUNTRY_FILL = { contextOpacity: 1, dimmed: 0.45, emphasisBase: 0.6, emphasisGain: 0.4 } as const;
export const PLACE_DOT = {
  radius: { hover: 8, here: 5.5, context: 3.5, other: 4.5 },
  strokeWidth: { selected: 3, other: 1.5 },
  dimmedOpacity: 0.35,
  ring: { radius: 14, opacity: 0.45, strokeWidth: 2.5 },
} as const;
/** A relation's line width, times its kind's: wider under the pointer, thinner for a fan to several targets (one gesture). */
export const RELATION_WIDTH = { hover: 1.8, fan: 0.7 } as const;
export const RELATION_OPACITY = { dimmed: 0.12, hover: 1, focused: 0.95, overview: 0.8, context: 0.5, other: 0.65 } as const;

export interface Fill {
  color: string;
  opacity: number;
}

/** A story country's fill: its role's colour, weighted by role and emphasis, faded outside the current step. */
export function countryFill(theme: Theme, country: { role: CountryRole; emphasis: number }, dimmed: boolean): Fill {
  const color = theme.role(country.role);
  if (country.role === 'context') return { color, opacity: COUNTRY_FILL.contextOpacity };
  const weight = theme.roleWeight(country.role) * (COUNTRY_FILL.emphasisBase + COUNTRY_FILL.emphasisGain * country.emphasis);
  return { color, opacity: (dimmed ? COUNTRY_FILL.dimmed : 1) * weight };
}

// The spec's tuple type cannot express a match built from a list, hence the one cast.
const match = (input: ExpressionSpecification, pairs: unknown[], fallback: unknown): ExpressionSpecification =>
  ['match', input, ...pairs, fallback] as unknown as ExpressionSpecification;
const get = (property: string): ExpressionSpecification => ['get', property];

/** `countryFill` as the WebGL style's paint; `dimmed` is the style's test for a feature outside the step. */
export function countryFillPaint(theme: Theme, dimmed: ExpressionSpecification): { 'fill-color': ExpressionSpecification; 'fill-opacity': ExpressionSpecification } {
  return {
    'fill-color': match(get('role'), COUNTRY_ROLES.flatMap((role) => [role, theme.role(role)]), theme.land),
    'fill-opacity': [
      'case',
      ['==', get('role'), 'context'],
      COUNTRY_FILL.contextOpacity,
      [
        '*',
        ['case', dimmed, COUNTRY_FILL.dimmed, 1],
        match(get('role'), COUNTRY_ROLES.flatMap((role) => [role, theme.roleWeight(role)]), 0.5),
        ['+', COUNTRY_FILL.emphasisBase, ['*', COUNTRY_FILL.emphasisGain, ['to-number', get('emphasis'), 0]]],
      ],
    ],
  };
}

export interface DotState {
  here: boolean;
  context: boolean;
  hover: boolean;
  selected: boolean;
  dimmed: boolean;
}

export interface Dot {
  radius: number;
  color: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
}

/** A place's dot. */
export function placeDot(theme: Theme, state: DotState): Dot {
  const { radius } = PLACE_DOT;
  return {
    radius: state.hover ? radius.hover : state.here ? radius.here : state.context ? radius.context : radius.other,
    color: state.context ? theme.placeContext : theme.place,
    stroke: state.selected ? theme.here : theme.halo,
    strokeWidth: state.selected ? PLACE_DOT.strokeWidth.selected : PLACE_DOT.strokeWidth.other,
    opacity: state.dimmed ? PLACE_DOT.dimmedOpacity : 1,
  };
}

/** `placeDot` as circle paint; `state(key)` reads a feature-state flag. */
export function placeDotPaint(theme: Theme, state: (key: string) => ExpressionSpecification, dimmed: ExpressionSpecification): Record<string, ExpressionSpecification> {
  const isContext: ExpressionSpecification = ['==', get('context'), true];
  const { radius } = PLACE_DOT;
  return {
    'circle-radius': ['case', state('hover'), radius.hover, ['==', get('here'), true], radius.here, isContext, radius.context, radius.other],
    'circle-color': ['case', isContext, theme.placeContext, theme.place],
    'circle-stroke-color': ['case', state('selected'), theme.here, theme.halo],
    'circle-stroke-width': ['case', state('selected'), PLACE_DOT.strokeWidth.selected, PLACE_DOT.strokeWidth.other],
    'circle-opacity': ['case', dimmed, PLACE_DOT.dimmedOpacity, 1],
    'circle-stroke-opacity': ['case', dimmed, PLACE_DOT.dimmedOpacity, 1],
  };
}

export interface RelationState {
  dimmed: boolean;
  hover: boolean;
  focused: boolean;
  overview: boolean;
  context: boolean;
}

/** How strongly a relation line shows. */
export function relationOpacity(state: RelationState): number {
  const o = RELATION_OPACITY;
  return state.dimmed ? o.dimmed : state.hover ? o.hover : state.focused ? o.focused : state.overview ? o.overview : state.context ? o.context : o.other;
}

/** `relationOpacity` as line paint. */
export function relationOpacityPaint(tests: Record<Exclude<keyof RelationState, 'context'>, ExpressionSpecification>): ExpressionSpecification {
  const o = RELATION_OPACITY;
  return ['case', tests.dimmed, o.dimmed, tests.hover, o.hover, tests.focused, o.focused, tests.overview, o.overview, ['==', get('context'), true], o.context, o.other];
}
