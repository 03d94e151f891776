import { Color, createExpression, type ExpressionSpecification, type StylePropertySpecification, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { COUNTRY_ROLES } from '../../src/shared/contract';
import { countryFill, placeDot, relationOpacity } from '../../src/app/map/paintRules';
import { mapLayers } from '../../src/app/map/style';
import { lightTheme } from '../../src/app/map/theme';

type Paint = Record<string, unknown>;
const layers = mapLayers({ theme: lightTheme, lang: 'fr' });
const paintOf = (id: string) => (layers.find((l) => l.id === id) as { paint: Paint }).paint;

/** Evaluates a layer's paint property as MapLibre would, for one feature and its feature-state. */
function evaluate(type: string, property: string, value: unknown, properties: Record<string, unknown>, state: Record<string, unknown> = {}, globalState: Record<string, unknown> = {}): unknown {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${type}`]![property]!;
  const parsed = createExpression(value as ExpressionSpecification, property, spec, globalState);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate({ zoom: 3, globalState } as never, { type: 'Polygon', properties } as never, state as never);
}

// Both sides as parsed colours, whatever the spelling.
const hex = (colour: unknown) => String(colour instanceof Color ? colour : Color.parse(String(colour)));
const css = (colour: string) => String(Color.parse(colour));

describe('countryFill', () => {
  const paint = paintOf('countries-fill');
  for (const role of COUNTRY_ROLES) {
    for (const dimmed of [false, true]) {
      it(`gives a ${role} country${dimmed ? ' outside the step' : ''} the fill the WebGL style gives it`, () => {
        const country = { role, emphasis: 0.37 };
        const fill = countryFill(lightTheme, country, dimmed);
        const state = dimmed ? { focus: false } : {};
        expect(hex(evaluate('fill', 'fill-color', paint['fill-color'], country, state))).toBe(css(fill.color));
        expect(evaluate('fill', 'fill-opacity', paint['fill-opacity'], country, state)).toBeCloseTo(fill.opacity, 9);
      });
    }
  }
});

describe('placeDot', () => {
  const paint = paintOf('places-circle');
  const cases = [
    { here: true, context: false, hover: false, selected: false, dimmed: false },
    { here: false, context: true, hover: false, selected: true, dimmed: true },
    { here: false, context: false, hover: true, selected: false, dimmed: false },
  ];
  for (const state of cases) {
    it(`draws the dot the WebGL style draws (${JSON.stringify(state)})`, () => {
      const dot = placeDot(lightTheme, state);
      const properties = { here: state.here, context: state.context };
      const featureState = { hover: state.hover, selected: state.selected, ...(state.dimmed ? { focus: false } : {}) };
      expect(evaluate('circle', 'circle-radius', paint['circle-radius'], properties, featureState)).toBe(dot.radius);
      expect(evaluate('circle', 'circle-stroke-width', paint['circle-stroke-width'], properties, featureState)).toBe(dot.strokeWidth);
      expect(evaluate('circle', 'circle-opacity', paint['circle-opacity'], properties, featureState)).toBe(dot.opacity);
      expect(hex(evaluate('circle', 'circle-color', paint['circle-color'], properties, featureState))).toBe(css(dot.color));
    });
  }
});

describe('relationOpacity', () => {
  const paint = paintOf('relations-line');
  for (const overview of [true, false]) {
    for (const context of [true, false]) {
      it(`matches the WebGL style for ${context ? 'a background' : 'a story'} relation ${overview ? 'in the overview' : 'in a step'}`, () => {
        const expected = relationOpacity({ dimmed: false, hover: false, focused: false, overview, context });
        expect(evaluate('line', 'line-opacity', paint['line-opacity'], { context }, {}, { overview })).toBe(expected);
      });
    }
  }
});
