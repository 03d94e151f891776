import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Country names of the seed and the names that replace them in unannotated variants. */
const SEED_NAMES = ['Kazakhstan', 'Kirghizstan', 'Ouzbékistan', 'Tadjikistan', 'Turkménistan', 'Russie', 'Chine', 'Ukraine', 'France', 'Arménie'];
const OTHER_NAMES = ['Mongolie', 'Iran', 'Turquie', 'Inde', 'Pakistan', 'Afghanistan', 'Géorgie', 'Azerbaïdjan', 'Japon', 'Allemagne', 'Brésil', 'Canada', 'Egypte', 'Nigeria', 'Argentine'];

export interface CorpusSummary {
  dir: string;
  stories: number;
  annotated: number;
}

/**
 * Writes `count` stories derived from one seed. Annotated variants keep the article intact (more
 * paragraphs, their words reversed, may follow it) and the seed's story.yaml, so every quote still resolves once; unannotated
 * ones drop and shuffle paragraphs and swap country names, which moves their region on the map.
 */
export function writeCorpus(seedDir: string, outDir: string, count = 25, seed = 6): CorpusSummary {
  const article = readFileSync(join(seedDir, 'article.txt'), 'utf8').replace(/\r\n/g, '\n');
  const [first = '', ...body] = article.split(/\n\s*\n/);
  const random = mulberry32(seed);
  mkdirSync(outDir, { recursive: true });
  let annotated = 0;
  for (let i = 0; i < count; i++) {
    const dir = join(outDir, `variant-${String(i + 1).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    if (i % 5 < 2) {
      annotated++;
      // Reversed word order, so that no quote of the annotation appears twice (a quote found twice is an author error).
      const extra = shuffle(body, random).slice(0, Math.floor(random() * 6)).map((paragraph) => paragraph.split(' ').reverse().join(' '));
      writeFileSync(join(dir, 'article.txt'), [article.trimEnd(), ...extra].join('\n\n') + '\n');
      cpSync(join(seedDir, 'story.yaml'), join(dir, 'story.yaml'));
    } else {
      const kept = shuffle(body, random).filter(() => random() > 0.3);
      const text = [first, ...kept].join('\n\n') + '\n';
      writeFileSync(join(dir, 'article.txt'), i % 5 === 2 ? text : swapNames(text, random));
    }
  }
  return { dir: outDir, stories: count, annotated };
}

function swapNames(text: string, random: () => number): string {
  const replacements = shuffle(OTHER_NAMES, random);
  return SEED_NAMES.reduce((result, name, index) => (random() < 0.5 ? result.replaceAll(name, replacements[index]!) : result), text);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A small seeded generator, so the corpus is the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
