export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  size: number;
  /** Lower goes first and wins a collision. */
  priority: number;
  anchor: 'middle' | 'start';
}

/**
 * Keeps the labels that fit without overlapping, highest priority first: an SVG has no collision detection of its
 * own. Widths are estimated (0.58 em per character), which is enough to keep names from printing over each other.
 */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number): LabelCandidate[] {
  const placed: { label: LabelCandidate; box: [number, number, number, number] }[] = [];
  for (const label of [...candidates].sort((a, b) => a.priority - b.priority)) {
    const w = label.text.length * label.size * 0.58;
    const x0 = label.anchor === 'middle' ? label.x - w / 2 : label.x;
    const box: [number, number, number, number] = [x0 - 2, label.y - label.size, x0 + w + 2, label.y + label.size * 0.3];
    if (box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) continue;
    if (placed.some(({ box: b }) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
    placed.push({ label, box });
  }
  return placed.map(({ label }) => label);
}
