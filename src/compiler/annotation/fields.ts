import type { z } from 'zod';
import { annotationSchema } from './schema';

/** Every field name the annotation format knows, for "did you mean" hints. */
export const ANNOTATION_FIELDS: readonly string[] = [...collectFields(annotationSchema, new Set())].sort();

function collectFields(schema: z.core.$ZodType, seen: Set<string>): Set<string> {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const children: unknown[] = [];
  if (def.shape) {
    for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
      seen.add(key);
      children.push(child);
    }
  }
  for (const key of ['element', 'innerType', 'in', 'out'] as const) if (def[key]) children.push(def[key]);
  if (Array.isArray(def.options)) children.push(...def.options);
  if (Array.isArray(def.items)) children.push(...def.items);
  for (const child of children) collectFields(child as z.core.$ZodType, seen);
  return seen;
}
