import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewStory } from '../../../src/compiler/infer/review';
import type { World } from '../../../src/compiler/story/world';
import { loadWorld } from '../../../src/shell/loadWorld';
import { reviewMiddleware } from '../../../src/shell/reviewPage';

const ID = 'blinken-astana-2023-02-28';
const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const seed = (name: string) => readFileSync(new URL(`${ID}/${name}`, `file://${seedsDir}`), 'utf8');

let world: World;
beforeAll(() => {
  world = loadWorld();
});

describe('the review of a story being edited', () => {
  it('lists what was inferred, what story.yaml overrides (with its lines) and the quotes that broke', () => {
    const yaml = seed('story.yaml').replace('quote: "le partenariat entre Astana et Washington"', 'quote: "le partenariat entre Astana et Moscou"');
    const review = reviewStory({ id: ID, article: { file: 'article.txt', text: seed('article.txt') }, annotation: { file: `seeds/${ID}/story.yaml`, text: yaml } }, world);
    expect(review.unreadable).toBe(false);
    expect(review.inferred.find((item) => item.field === 'countries[0]')).toMatchObject({ value: 'KAZ · host' });
    expect(review.overrides.find((o) => o.field === 'title')).toMatchObject({ annotated: expect.stringContaining('Blinken à Astana') });
    expect(review.overrides.find((o) => o.field.startsWith('events[1] first-aid-tranche'))?.line).toBeGreaterThan(200);
    expect(review.brokenQuotes).toHaveLength(1);
    expect(review.brokenQuotes[0]).toMatchObject({ field: 'relations[3].quote', closest: expect.stringContaining('Astana et Washington') });
    expect(yaml.split('\n')[review.brokenQuotes[0]!.line! - 1]).toContain('Astana et Moscou');
  });

  it('is served by the dev server at /__review/<id>, with links that open story.yaml at the line', async () => {
    const handler = reviewMiddleware(seedsDir, () => '/');
    const page = await new Promise<string>((resolve) => {
      const response = { statusCode: 200, setHeader: () => {}, end: (body: string) => resolve(body) };
      handler({ url: `/__review/${ID}` } as never, response as never, () => resolve('next'));
    });
    expect(page).toContain('What the annotation overrides');
    expect(page).toMatch(/href="\/__open-in-editor\?file=seeds%2Fblinken-astana-2023-02-28%2Fstory\.yaml%3A\d+"/);
  });
});
