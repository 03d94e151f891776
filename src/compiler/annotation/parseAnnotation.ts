import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { AuthorError } from '../errors';
import { closestMatch, normalizeNewlines } from '../text';
import { ANNOTATION_FIELDS } from './fields';
import { annotationSchema, type Annotation } from './schema';

export type FieldPath = readonly (string | number)[];
/** Finds the line of a field in the annotation's source, for error messages. */
export type Locate = (path: FieldPath) => { line?: number; column?: number };

export type ParsedAnnotation =
  | { ok: true; annotation: Annotation; locate: Locate }
  | { ok: false; errors: AuthorError[] };

/** Parses and validates `story.yaml`. Every problem comes back located; nothing throws. */
export function parseAnnotation(raw: string, file: string): ParsedAnnotation {
  const lineCounter = new LineCounter();
  const doc = parseDocument(normalizeNewlines(raw), { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        file,
        ...positionOf(lineCounter, error.pos[0]),
        field: 'YAML',
        message: `${firstLine(error.message)} (the annotation must be valid YAML)`,
      })),
    };
  }
  const locate = locator(doc, lineCounter);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // An unresolved or exploding alias only shows when the document is turned into data.
    return { ok: false, errors: [{ file, line: 1, field: 'YAML', message: `${firstLine(String((error as Error).message))} (the annotation must be valid YAML)` }] };
  }
  const result = annotationSchema.safeParse(data, { reportInput: true });
  if (!result.success) return { ok: false, errors: result.error.issues.map((issue) => issueToError(issue, file, locate)) };
  return { ok: true, annotation: result.data, locate };
}

function issueToError(issue: z.core.$ZodIssue, file: string, locate: Locate): AuthorError {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
  return { file, ...locate(at), field: fieldName(path) || '(top level)', message: describeIssue(issue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.map(describeUnknownKey).join('; ');
  if (issue.code === 'invalid_type' && issue.input === undefined) return `missing; expected ${issue.expected}`;
  if (issue.input === undefined) return `missing; ${issue.message.replace(/^Invalid option: /, '')}`;
  return issue.message.replace(/^Invalid option: /, 'invalid value; ');
}

export function fieldName(path: FieldPath): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}

function locator(doc: Document, lineCounter: LineCounter): Locate {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc, path.slice(0, depth));
      const offset = node?.range?.[0];
      if (offset !== undefined) {
        return positionOf(lineCounter, offset);
      }
    }
    return {};
  };
}

function nodeAt(doc: Document, path: FieldPath): { range?: [number, number, number] | null } | undefined {
  if (path.length === 0) return doc.contents ?? undefined;
  const parent = doc.getIn(path.slice(0, -1), true);
  const key = path[path.length - 1]!;
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    return (pair?.value ?? pair?.key ?? undefined) as { range?: [number, number, number] } | undefined;
  }
  if (isSeq(parent)) return parent.items[Number(key)] as { range?: [number, number, number] } | undefined;
  return undefined;
}

function describeUnknownKey(key: string): string {
  const suggestion = closestMatch(key, ANNOTATION_FIELDS);
  const hint = suggestion ? `did you mean "${suggestion}"?` : 'see README "Annotation format" for the fields allowed here';
  return `unknown field "${key}" (${hint})`;
}

function positionOf(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}
