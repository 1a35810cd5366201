/**
 * Room for labels: sigma draws a forced label to the right of its node whatever is there, so a
 * small view, where every actor is labelled, must not put two labels on one line. Boxes are in
 * screen-like units (see localLayout.ts); overlapping pairs are pushed apart vertically, the
 * shorter way, until none overlap or the passes run out. Deterministic: pairs in a fixed order.
 */

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  /** The node's radius. */
  size: number;
  /** The label's width; zero for none. */
  width: number;
  /** Pinned boxes do not move; the other of a pair moves the whole way. */
  fixed: boolean;
}

/** Half a label's height, with a little air: sigma's labels are 14 px high. */
const HALF_HEIGHT = 9;
const PASSES = 60;

const extent = (b: LabelBox) => ({
  left: b.x - b.size,
  right: b.x + b.size + b.width,
  top: b.y - Math.max(b.size, HALF_HEIGHT),
  bottom: b.y + Math.max(b.size, HALF_HEIGHT),
});

/** Moves the boxes' `y` in place so that no two overlap; returns whether it got there. */
export function assignLabelRoom(boxes: LabelBox[]): boolean {
  for (let pass = 0; pass < PASSES; pass++) {
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.fixed && b.fixed) continue;
        const [ea, eb] = [extent(a), extent(b)];
        if (ea.right <= eb.left || eb.right <= ea.left || ea.bottom <= eb.top || eb.bottom <= ea.top) continue;
        overlaps++;
        // The one above goes up, the other down, by what they overlap (half each unless one is pinned).
        const [upper, lower] = a.y < b.y || (a.y === b.y && a.id < b.id) ? [a, b] : [b, a];
        const gap = Math.min(extent(upper).bottom - extent(lower).top, extent(lower).bottom - extent(upper).top) + 1;
        const upShare = upper.fixed ? 0 : lower.fixed ? 1 : 0.5;
        upper.y -= gap * upShare;
        lower.y += gap * (1 - upShare);
      }
    if (overlaps === 0) return true;
  }
  return false;
}
