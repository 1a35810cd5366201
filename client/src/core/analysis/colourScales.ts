/**
 * Colour-blind-safe scales: viridis for quantities (perceptually uniform, readable in grey), and
 * Paul Tol's "muted" qualitative palette for categories, with a pale grey for "other".
 */

/** matplotlib's viridis at eleven evenly spaced points; between them, linear in RGB. */
export const VIRIDIS = [
  "#440154",
  "#482475",
  "#414487",
  "#355f8d",
  "#2a788e",
  "#21918c",
  "#22a884",
  "#44bf70",
  "#7ad151",
  "#bddf26",
  "#fde725",
] as const;

export const CATEGORY_COLOURS = [
  "#cc6677",
  "#332288",
  "#ddcc77",
  "#117733",
  "#88ccee",
  "#882255",
  "#44aa99",
  "#999933",
  "#aa4499",
] as const;

export const OTHER_COLOUR = "#dddddd";

const toRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** The ramp's colour at t in [0, 1] (clamped). */
export function getViridis(t: number): string {
  const at = Math.min(Math.max(Number.isFinite(t) ? t : 0, 0), 1) * (VIRIDIS.length - 1);
  const low = Math.floor(at);
  if (low === VIRIDIS.length - 1) return VIRIDIS[low]!;
  const [a, b] = [toRgb(VIRIDIS[low]!), toRgb(VIRIDIS[low + 1]!)];
  return toHex(a.map((c, i) => c + (b[i]! - c) * (at - low)));
}
