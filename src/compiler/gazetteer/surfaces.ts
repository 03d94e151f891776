import type { Surface } from './types';
import { tokenize } from './tokens';

export const PRIORITY = { person: 5, blocked: 4, name: 3, place: 2, region: 2, adjective: 1 } as const;

/**
 * Compiles a written form. Its capitalisation is the rule: "Chine" needs a capital in the text,
 * "russe" matches "russe" and "Russes", "US" matches only "US" (or "U.S."), never "us".
 */
export function compileSurface(form: string, entity: string, kind: Surface['form'], priority: number = PRIORITY[kind]): Surface | undefined {
  const prefix = form.endsWith('-');
  const written = prefix ? form.slice(0, -1) : form;
  const keys = tokenize(written).map((t) => t.key);
  if (keys.length === 0) return undefined;
  const letters = written.replace(/[^\p{L}]/gu, '');
  const rule = !/\p{Ll}/u.test(letters) && letters.length <= 6 ? 'exact' : /^\p{Lu}/u.test(letters) ? 'capital' : 'any';
  return { keys, rule, prefix, entity, form: kind, priority };
}

export function addSurface(index: Map<string, Surface[]>, surface: Surface | undefined): void {
  if (!surface) return;
  const first = surface.keys[0]!;
  const list = index.get(first);
  if (list) list.push(surface);
  else index.set(first, [surface]);
}

export function sortIndex(index: Map<string, Surface[]>): void {
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length || b.priority - a.priority);
}
