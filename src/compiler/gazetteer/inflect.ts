/**
 * French adjectives of nationality from the masculine singular: "russe" -> russe, russes;
 * "américain" -> américaine, américains, américaines; "occidental" -> occidentaux.
 * An irregular feminine is given after a bar: "grec|grecque".
 */
export function inflectFrench(spec: string): string[] {
  const [masculine = '', givenFeminine] = spec.split('|');
  const feminine = givenFeminine ?? frenchFeminine(masculine);
  const plural = (word: string) =>
    /[sxz]$/.test(word) ? word : /al$/.test(word) && word === masculine ? `${word.slice(0, -2)}aux` : `${word}s`;
  const forms = [masculine, feminine, plural(masculine), plural(feminine)];
  // Regular plurals are also in use for -al nationalities ("occidentals" is wrong, "occidentaux" right): keep only one.
  return [...new Set(forms)];
}

function frenchFeminine(masculine: string): string {
  if (/[eè]$/.test(masculine)) return masculine;
  if (/(?:ien|éen|en)$/.test(masculine)) return `${masculine}ne`;
  return `${masculine}e`;
}

/** English demonym plurals: "Russian" -> "Russians"; "Chinese", "British", "Swiss" stay as they are. */
export function englishForms(word: string): string[] {
  if (/(?:ese|ish|ch|sh|s|x|z)$/.test(word) || word.includes(' ') || word.endsWith('-')) return [word];
  return [word, `${word}s`];
}
