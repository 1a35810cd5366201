/**
 * Print sizes a journal asks for, and the type sizes used at them. The SVG's user unit is the
 * point (1/72 in), so a font-size of 6 is 6 pt on paper at the chosen width.
 */
export const PRINT_WIDTHS = {
  /** One column of a two-column journal page. */
  "85mm": { widthMm: 85, maxHeightMm: 230 },
  /** The full width of a two-column page. */
  "175mm": { widthMm: 175, maxHeightMm: 230 },
  a4: { widthMm: 210, maxHeightMm: 297 },
} as const;
export type PrintWidth = keyof typeof PRINT_WIDTHS;
export const PRINT_WIDTH_NAMES = Object.keys(PRINT_WIDTHS) as PrintWidth[];

export const POINTS_PER_MM = 72 / 25.4;

/** No text smaller than 6 pt: the usual minimum in journals' artwork guidelines. */
export const MIN_FONT_PT = 6;
export const FONT_PT = { title: 9, label: 6.5, legend: 6.5, source: MIN_FONT_PT } as const;
