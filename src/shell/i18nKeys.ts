import type { Plugin } from 'vite';

/**
 * Where a strings object differs in shape from the reference: keys it lacks, keys it adds, and values of another
 * type (a function where a string is expected). Paths are dotted: `role.host`, `mapLocale.Map.Title`.
 */
export function keyProblems(reference: object, candidate: object, path = ''): string[] {
  const problems: string[] = [];
  const ref = reference as Record<string, unknown>;
  const cand = candidate as Record<string, unknown>;
  for (const key of Object.keys(ref).sort()) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in cand)) {
      problems.push(`missing key "${at}"`);
      continue;
    }
    const [a, b] = [ref[key], cand[key]];
    if (kind(a) !== kind(b)) problems.push(`"${at}" is a ${kind(b)}, expected a ${kind(a)}`);
    else if (kind(a) === 'object') problems.push(...keyProblems(a as object, b as object, at));
  }
  for (const key of Object.keys(cand).sort()) {
    if (!(key in ref)) problems.push(`extra key "${path ? `${path}.${key}` : key}"`);
  }
  return problems;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  return typeof value;
}

/** Every language's problems against the reference language, as readable lines. */
export function checkLanguages(languages: Record<string, { messages: object }>, reference: string): string[] {
  const base = languages[reference];
  if (!base) throw new Error(`checkLanguages: the reference language "${reference}" is not registered`);
  return Object.entries(languages)
    .filter(([code]) => code !== reference)
    .flatMap(([code, { messages }]) => keyProblems(base.messages, messages).map((problem) => `src/app/i18n/${code}.ts: ${problem} (as in ${reference}.ts)`));
}

/** Stops `vite build` and `vite dev` when a language lacks a key the reference language has, or adds one. */
export function i18nKeys(languages: Record<string, { messages: object }>, reference: string): Plugin {
  return {
    name: 'dispatch-atlas:i18n-keys',
    buildStart() {
      const problems = checkLanguages(languages, reference);
      if (problems.length) this.error(`The interface strings differ between languages:\n  ${problems.join('\n  ')}`);
    },
  };
}
