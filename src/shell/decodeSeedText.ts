import type { SeedRead } from './readSeedFile';

/**
 * Decodes a seed file as UTF-8. UTF-16 with a byte-order mark (as some Windows editors save) is
 * converted, with a notice; NUL bytes without one mean UTF-16 without a mark or a binary file,
 * which would compile to NUL-interleaved text, so they are refused.
 */
export function decodeSeedText(bytes: Buffer): SeedRead {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'UTF-16 LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'UTF-16 BE');
  if (bytes.includes(0)) {
    return { ok: false, message: 'holds NUL bytes: it looks like UTF-16 without a byte-order mark, or a binary file; save it as UTF-8' };
  }
  return { ok: true, text: bytes.toString('utf8') };
}

function utf16(body: Buffer, encoding: string): SeedRead {
  if (body.length % 2 !== 0) return { ok: false, message: `starts with a ${encoding} byte-order mark but has an odd number of bytes; save it as UTF-8` };
  const littleEndian = encoding === 'UTF-16 LE' ? body : Buffer.from(body).swap16();
  return { ok: true, text: littleEndian.toString('utf16le'), notice: `was saved as ${encoding}; it was read as such and converted. Saving it as UTF-8 silences this notice` };
}
