import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

/** The pixels of a screenshot in a square of `radius` around each point (pixels outside the image are left out). */
export function pixelsAround(png: Buffer, points: { x: number; y: number }[], radius: number): Rgb[][] {
  const image = PNG.sync.read(png);
  return points.map(({ x, y }) => {
    const pixels: Rgb[] = [];
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const [px, py] = [Math.round(x) + dx, Math.round(y) + dy];
        if (px >= 0 && py >= 0 && px < image.width && py < image.height) pixels.push(rgbAt(image, px, py));
      }
    }
    return pixels;
  });
}

/** How many distinct colours a screenshot holds, sampling every 7th pixel (a blank or failed WebGL canvas has one or two). */
export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.width * image.height; i += 7) {
    const [r, g, b] = rgbAt(image, i % image.width, Math.floor(i / image.width));
    colours.add((r << 16) | (g << 8) | b);
  }
  return colours.size;
}

function rgbAt(image: PNG, x: number, y: number): Rgb {
  const i = (y * image.width + x) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}

export function hex(colour: string): Rgb {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export const colourDistance = (a: Rgb, b: Rgb): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
