import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../compiler/feed/parseArticle';
import { inferDesign } from '../compiler/infer/design';
import { draftYaml } from '../compiler/infer/draftYaml';
import { loadWorld } from './loadWorld';
import { readSeedFile } from './readSeedFile';

// `npm run draft -- <story-id>`: writes seeds/<story-id>/story.draft.yaml, the design inferred from the article.
const { positionals, values } = parseArgs({ allowPositionals: true, options: { seeds: { type: 'string', default: 'seeds' } } });
const id = positionals[0];
if (!id || !/^[a-z0-9-]+$/.test(id)) {
  console.error('Usage: npm run draft -- <story-id>   (a folder of seeds/: lowercase letters, digits and "-")');
  process.exit(2);
}
const folder = resolve(values.seeds, id);
const read = readSeedFile(join(folder, 'article.txt'));
if (!read?.ok) {
  console.error(read ? read.message : `${join(values.seeds, id, 'article.txt')}: no such file`);
  process.exit(1);
}
const article = parseArticle(read.text);
const out = join(folder, 'story.draft.yaml');
writeFileSync(out, draftYaml(inferDesign(article.paragraphs, article.month, loadWorld())));
console.log(`Wrote ${join(values.seeds, id, 'story.draft.yaml')}${existsSync(join(folder, 'story.yaml')) ? ' (story.yaml exists and still wins; compare them)' : ''}`);
