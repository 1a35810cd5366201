/**
 * What the map frames: the actors inside the interquartile box of their positions, widened by
 * 1.5 times its size on each side (Tukey's fences), on both axes. A few far-away actors (San
 * Francisco, Rosario in a European network) stay drawn but no longer shrink the bulk of the map
 * into a corner; a network spread evenly keeps every actor inside the frame.
 */
import type { Positions } from "../geoLayout.ts";

/** Below this many actors there is no bulk to tell outliers from: all are framed. */
const FEWEST_FOR_FENCES = 5;
const FENCE = 1.5;

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
}

function fences(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const [q1, q3] = [quantile(sorted, 0.25), quantile(sorted, 0.75)];
  return [q1 - FENCE * (q3 - q1), q3 + FENCE * (q3 - q1)];
}

/** The ids among `ids` to frame: those within the fences (ids without a position are left out). */
export function getMapFrameIds(positions: Positions, ids: Iterable<string>): string[] {
  const placed = [...ids].filter((id) => positions[id] !== undefined);
  if (placed.length < FEWEST_FOR_FENCES) return placed;
  const [minX, maxX] = fences(placed.map((id) => positions[id]!.x));
  const [minY, maxY] = fences(placed.map((id) => positions[id]!.y));
  return placed.filter((id) => {
    const { x, y } = positions[id]!;
    return x >= minX && x <= maxX && y >= minY && y <= maxY;
  });
}
