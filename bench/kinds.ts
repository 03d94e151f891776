export type ByteKind = 'js' | 'css' | 'data' | 'fonts' | 'other';
export const BYTE_KINDS: readonly ByteKind[] = ['js', 'css', 'data', 'fonts', 'other'];

/** Sorts a response into the table's rows, by its path first and its MIME type second. */
export function kindOf(url: string, mimeType = ''): ByteKind {
  const path = new URL(url).pathname.toLowerCase();
  if (/\.(m?js)$/.test(path) || /javascript/.test(mimeType)) return 'js';
  if (path.endsWith('.css') || mimeType.includes('css')) return 'css';
  if (/\.(geo)?json$/.test(path) || mimeType.includes('json')) return 'data';
  if (/\.(woff2?|ttf|otf|pbf)$/.test(path) || mimeType.startsWith('font/')) return 'fonts';
  return 'other';
}
