/** The widths of the issue, each with the height a reader's screen has at that width. */
export const SHOT_VIEWPORTS = [
  { width: 360, height: 844 },
  { width: 390, height: 844 },
  { width: 600, height: 450 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;
