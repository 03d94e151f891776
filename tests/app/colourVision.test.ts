import { describe, expect, it } from 'vitest';
import { blend, difference, simulate, type Deficiency } from '../../src/app/map/colourVision';
import { COUNTRY_ROLES as ROLES } from '../../src/shared/contract';
import { lightTheme } from '../../src/app/map/theme';

/** A role's fill as the map draws it: its colour over the land, at its weight and a middling emphasis (0.6 + 0.4 × 0.5). */
const fill = (role: (typeof ROLES)[number]) => blend(lightTheme.role(role), lightTheme.land, lightTheme.roleWeight(role) * 0.8);
/** CIE76 ΔE; about 2.3 is a just-noticeable difference, and 12 keeps two map fills apart at a glance. */
const APART = 12;

describe('role colours under colour-vision deficiencies, computed from the theme', () => {
  it('simulates a deficiency that leaves grey grey and merges red with green', () => {
    const grey = simulate([128, 128, 128], 'deuteranopia');
    for (const channel of grey) expect(channel).toBeCloseTo(128, 0);
    expect(difference([213, 94, 0], [0, 158, 115], 'deuteranopia')).toBeLessThan(difference([213, 94, 0], [0, 158, 115]));
  });

  for (const deficiency of [undefined, 'deuteranopia', 'protanopia'] as (Deficiency | undefined)[]) {
    it(`keeps every pair of roles apart (${deficiency ?? 'normal vision'})`, () => {
      const close: string[] = [];
      for (let i = 0; i < ROLES.length; i++) {
        for (let j = i + 1; j < ROLES.length; j++) {
          const delta = difference(fill(ROLES[i]!), fill(ROLES[j]!), deficiency);
          if (delta < APART) close.push(`${ROLES[i]}/${ROLES[j]}: ΔE ${delta.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    });
  }

  it('does not fill rivals with a saturated colour', () => {
    const [r, g, b] = blend(lightTheme.role('rival'), '#000000', 1);
    const saturation = (Math.max(r, g, b) - Math.min(r, g, b)) / Math.max(r, g, b);
    expect(saturation).toBeLessThan(0.25);
  });
});
