import { Document, isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { InferredDesign, Reason } from './design';

const HEADER = [
  ' Draft annotation inferred from article.txt alone by `npm run draft` (issue #15).',
  ' Every quote is copied verbatim from the article; each comment says what was inferred from which words.',
  ' Rename this file story.yaml, then edit it: untouched, it compiles to the same map as no annotation.',
  ' Cited figures are the article\'s own until an editor cites a source.',
].join('\n');

/** The inferred design as `story.draft.yaml`, with a comment on each inferred field. */
export function draftYaml(design: InferredDesign): string {
  const doc = new Document(design.annotation, { aliasDuplicateObjects: false });
  doc.commentBefore = HEADER;
  compactLists(doc.contents as Node);
  for (const reason of design.reasons) comment(doc, reason);
  return doc.toString({ lineWidth: 0 });
}

function comment(doc: Document, { path, text }: Reason): void {
  const key = path.at(-1);
  const parent = doc.getIn(path.slice(0, -1), true);
  const line = ` ${text.replace(/\s+/g, ' ')}`;
  if (isSeq(parent) && typeof key === 'number') {
    const item = parent.items[key] as Node | undefined;
    if (item) item.commentBefore = line;
  } else if (isMap(parent) || (path.length === 1 && isMap(doc.contents))) {
    const map = path.length === 1 ? doc.contents : parent;
    if (!isMap(map)) return;
    const pair = map.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
    if (!pair) return;
    if (!isScalar(pair.key)) pair.key = new Scalar(pair.key);
    (pair.key as Scalar).commentBefore = line;
  }
}

/** Lists of ids, coordinates and `{ id, role }` pairs read best on one line, as in the seed's story.yaml. */
function compactLists(node: Node | null | undefined): void {
  if (isSeq(node)) {
    if (node.items.every((item) => isScalar(item))) node.flow = true;
    for (const item of node.items) {
      if (isMap(item) && item.items.length === 2 && item.items.every((pair) => isScalar(pair.value))) item.flow = true;
      compactLists(item as Node);
    }
  } else if (isMap(node)) {
    for (const pair of node.items) compactLists(pair.value as Node);
  }
}
