/** Output order never depends on input order or hash order: the same input gives the same bytes. */
export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function byParagraphThenStart(paragraphOrder: ReadonlyMap<string, number>) {
  return (a: { paragraph: string; start: number }, b: { paragraph: string; start: number }): number =>
    (paragraphOrder.get(a.paragraph) ?? 0) - (paragraphOrder.get(b.paragraph) ?? 0) || a.start - b.start;
}
