/** Strips a UTF-8 byte-order mark and turns CRLF and CR line endings into LF. */
export function normalizeNewlines(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Edit distance where swapping two neighbouring letters costs one edit ("KZA" is one edit from "KAZ"). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // On a tie, a candidate with the same letters in another order, then one with the same first letter, wins:
    // swapped letters and wrong later letters are the usual typos.
    const [a, b] = [value.toUpperCase(), candidate.toUpperCase()];
    const sameStart = a[0] === b[0] ? 0 : 0.5;
    const sameLetters = [...a].sort().join('') === [...b].sort().join('') ? -0.25 : 0;
    const distance = editDistance(a, b) + sameStart + sameLetters;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
