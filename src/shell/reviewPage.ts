import type { Connect } from 'vite';
import type { Review } from '../compiler/infer/review';
import { reviewStory } from '../compiler/infer/review';
import type { World } from '../compiler/story/world';
import { loadWorld } from './loadWorld';
import { readSeeds } from './readSeeds';

let world: World | undefined;

/** Dev server only: `/__review/<story-id>`, the inference beside the annotation, with links that open story.yaml at the line. */
export function reviewMiddleware(seedsDir: string, base: () => string): Connect.NextHandleFunction {
  return (request, response, next) => {
    const path = (request.url ?? '').split('?')[0]!;
    const prefix = `${base()}__review/`;
    if (!path.startsWith(prefix)) return next();
    const id = path.slice(prefix.length);
    const source = readSeeds(seedsDir, process.cwd(), () => {}).find((story) => story.id === id);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (!source) {
      response.statusCode = 404;
      response.end('<!doctype html><title>Not found</title><p>No such story in seeds/.</p>');
      return;
    }
    world ??= loadWorld();
    const file = source.annotation?.file ?? `seeds/${id}/story.yaml`;
    response.end(reviewHtml(id, file, reviewStory(source, world)));
  };
}

function reviewHtml(id: string, file: string, review: Review): string {
  const at = (line?: number) => (line ? ` <a href="/__open-in-editor?file=${encodeURIComponent(`${file}:${line}`)}">${escape(file)}:${line}</a>` : '');
  const list = (items: string[]) => (items.length ? `<ul>${items.join('')}</ul>` : '<p>None.</p>');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Review: ${escape(id)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3}li{margin:.3rem 0}</style>
<h1>Review of ${escape(id)}</h1>
${review.unreadable ? '<p><strong>story.yaml does not parse</strong>: see the build\'s errors.</p>' : ''}
<h2>Quotes that no longer match the article</h2>
${list(review.brokenQuotes.map((q) => `<li><code>${escape(q.field)}</code> "${escape(q.quote)}"${q.closest ? `; closest: "${escape(q.closest)}"` : ''}${at(q.line)}</li>`))}
<h2>What the annotation overrides</h2>
${list(review.overrides.map((o) => `<li><code>${escape(o.field)}</code>: inferred <em>${escape(o.inferred)}</em>, annotated <strong>${escape(o.annotated)}</strong>${at(o.line)}</li>`))}
<h2>What was inferred from the text</h2>
${list(review.inferred.map((i) => `<li><code>${escape(i.field)}</code> ${escape(i.value)}: ${escape(i.why)}</li>`))}
</html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
