import type { Browser } from 'playwright-core';

export type Rgb = [number, number, number];

/**
 * The pixels of a PNG in a square of `radius` around each point, decoded by the browser itself in a blank page,
 * so that no image library is needed.
 */
export async function pixelsAround(browser: Browser, png: Buffer, points: { x: number; y: number }[], radius: number): Promise<Rgb[][]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ base64, points, radius }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return points.map(({ x, y }) => {
          const size = radius * 2 + 1;
          const { data } = context.getImageData(Math.round(x) - radius, Math.round(y) - radius, size, size);
          const pixels: [number, number, number][] = [];
          for (let i = 0; i < data.length; i += 4) pixels.push([data[i]!, data[i + 1]!, data[i + 2]!]);
          return pixels;
        });
      },
      { base64: png.toString('base64'), points, radius },
    );
  } finally {
    await page.close();
  }
}

export function hex(colour: string): Rgb {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export const colourDistance = (a: Rgb, b: Rgb): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
