/**
 * A few combinators for checking untrusted JSON deeply against the data contract. Hand-written rather than
 * zod, which would add about 13 KB gzip to the first view where the budget has 3 KB left. Each validator
 * returns null when the value is good, else where and why it is not (`paragraphs[3].text: expected a string`).
 *
 * `T` is the contract type a validator stands for; `object()` requires one validator per key of `T`, so
 * the schema and the compiler's output types cannot drift apart without `tsc` failing.
 */
export interface Validator<T> {
  (value: unknown, path: string): string | null;
  /** Never set: only carries the type. */
  readonly type?: T;
}

const fail = (path: string, expected: string) => `${path || '(top)'}: expected ${expected}`;
const make = <T>(test: (value: unknown) => boolean, expected: string): Validator<T> => (value, path) => (test(value) ? null : fail(path, expected));

export const string: Validator<string> = make((v) => typeof v === 'string', 'a string');
export const boolean: Validator<boolean> = make((v) => typeof v === 'boolean', 'true or false');
/** A finite number: JSON's 1e999 parses to Infinity, which no map can draw. */
export const number: Validator<number> = make((v) => typeof v === 'number' && Number.isFinite(v), 'a finite number');
export const offset: Validator<number> = make((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a whole number ≥ 0');

export function literal<const L extends string>(expected: L): Validator<L> {
  return make((v) => v === expected, JSON.stringify(expected));
}

/** One of a contract's lists: `includes`, so `__proto__` or `constructor` never pass as a key. */
export function oneOf<const L extends string>(list: readonly L[]): Validator<L> {
  return make((v) => typeof v === 'string' && (list as readonly string[]).includes(v), `one of ${list.join(', ')}`);
}

export function optional<T>(inner: Validator<T>): Validator<T | undefined> {
  return (value, path) => (value === undefined ? null : inner(value, path));
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (value, path) => (value === null ? null : inner(value, path));
}

export function array<T>(item: Validator<T>, min = 0): Validator<T[]> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length < min) return fail(path, min ? `a list of at least ${min}` : 'a list');
    for (let i = 0; i < value.length; i++) {
      const error = item(value[i], `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  };
}

export function tuple<A, B>(a: Validator<A>, b: Validator<B>): Validator<[A, B]> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length !== 2) return fail(path, 'a pair');
    return a(value[0], `${path}[0]`) ?? b(value[1], `${path}[1]`);
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type Shape<T> = { [K in keyof T]-?: Validator<T[K]> };

/** An object with these keys, each checked; other keys are left alone (a newer compiler may add some). */
export function object<T>(shape: Shape<T>): Validator<T> {
  const entries = Object.entries(shape) as [string, Validator<unknown>][];
  return (value, path) => {
    if (!isRecord(value)) return fail(path, 'an object');
    for (const [key, check] of entries) {
      const error = check(Object.hasOwn(value, key) ? value[key] : undefined, path ? `${path}.${key}` : key);
      if (error) return error;
    }
    return null;
  };
}

/** Adds a check on a value that already has the right shape. */
export function refine<T>(inner: Validator<T>, test: (value: T) => boolean, expected: string): Validator<T> {
  return (value, path) => inner(value, path) ?? (test(value as T) ? null : fail(path, expected));
}
