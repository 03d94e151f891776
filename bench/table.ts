export type Verdict = 'pass' | 'miss' | 'reported' | '';

export interface Row {
  section: string;
  figure: string;
  value: string;
  target: string;
  verdict: Verdict;
}

export const KB = 1024;

export const ms = (value: number | null): string => (value === null || Number.isNaN(value) ? 'n/a' : `${Math.round(value).toLocaleString('en-GB')} ms`);
export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / KB / KB).toFixed(1)} MB`;
export const verdict = (ok: boolean | null): Verdict => (ok === null ? '' : ok ? 'pass' : 'miss');

/** A quick run judges bytes only: one timing on a shared machine is a figure to read, not a pass or a miss. */
export const asReported = (rows: readonly Row[]): Row[] => rows.map((row) => (row.verdict ? { ...row, verdict: 'reported' } : row));

/** A plain-text table, one block per section, that reads well in a terminal and in a CI log. */
export function formatTable(rows: readonly Row[]): string {
  const headers = ['Figure', 'Value', 'Target', ''];
  const cells = rows.map((row) => [row.figure, row.value, row.target, row.verdict.toUpperCase()]);
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((cell) => cell[i]!.length)));
  const line = (cell: string[]) => cell.map((text, i) => text.padEnd(widths[i]!)).join('  ').trimEnd();
  const out: string[] = [line(headers), widths.map((w) => '-'.repeat(w)).join('  ')];
  let section = '';
  rows.forEach((row, i) => {
    if (row.section !== section) {
      section = row.section;
      out.push('', `${section}`);
    }
    out.push(line(cells[i]!));
  });
  return out.join('\n');
}
