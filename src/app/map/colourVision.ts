/**
 * Colour-vision deficiency checks for the theme: Machado, Oliveira & Fernandes (2009) simulation matrices at
 * full severity, applied in linear sRGB, and the CIE76 difference in CIELAB between the simulated colours.
 */
export type Deficiency = 'deuteranopia' | 'protanopia';

const MATRICES: Record<Deficiency, readonly number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
};

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`colourVision: expected #rrggbb, got "${hex}"`);
  return [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16)) as Rgb;
}

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toGamma = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** A colour laid over another at some opacity, as the map draws a role's fill over the land. */
export function blend(top: string, bottom: string, alpha: number): Rgb {
  const [a, b] = [hexToRgb(top), hexToRgb(bottom)];
  return a.map((channel, i) => channel * alpha + b[i]! * (1 - alpha)) as Rgb;
}

export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const m = MATRICES[deficiency];
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  return [0, 1, 2].map((row) => toGamma(m[row * 3]! * r + m[row * 3 + 1]! * g + m[row * 3 + 2]! * b)) as Rgb;
}

export function lab(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two colours as a reader with the deficiency (or normal vision, with none) sees them. */
export function difference(a: Rgb, b: Rgb, deficiency?: Deficiency): number {
  const [la, lb] = [a, b].map((c) => lab(deficiency ? simulate(c, deficiency) : c));
  return Math.hypot(la![0] - lb![0], la![1] - lb![1], la![2] - lb![2]);
}
