/**
 * The interface's word for a value that comes from data (a role, a kind): only the table's own entries
 * count, so `__proto__` or `constructor` in a file gives back the value itself, never an object or a
 * function from the prototype chain. The data checks refuse such values first; this holds if one slips by.
 */
export function term<K extends string>(table: Readonly<Record<K, string>>, key: string): string {
  return Object.hasOwn(table, key) ? table[key as K] : key;
}
