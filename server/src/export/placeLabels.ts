/**
 * Labels that never overlap: placed greedily in priority order (the selection, then the largest
 * nodes), each at the first of eight spots around its node that stays inside the drawing and
 * clear of the labels already placed, preferring spots that also leave other nodes uncovered.
 * A label that fits nowhere is shortened, then dropped. A grid of cells keeps the checks local.
 */
import { ASCENT_EM, DESCENT_EM, getTextWidth } from "./textMetrics.ts";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  id: string;
  text: string;
  cx: number;
  cy: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Baseline start (text-anchor start). */
  x: number;
  y: number;
  box: Box;
}

const GAP = 1;
/**
 * Clear space kept between two labels, in points: the estimated widths can be a little short of
 * what a renderer draws (kerning, hinting), and touching labels read as one.
 */
const SPACING = 1.5;
const CELL = 24;
/** Beyond this many labels the figure is a texture, not a text: stop trying (and bound the cost). */
const MAX_TRIED = 3000;

class BoxGrid {
  private cells = new Map<string, Box[]>();

  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++)
      for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++) keys.push(`${i},${j}`);
    return keys;
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const list = this.cells.get(key);
      if (list) list.push(b);
      else this.cells.set(key, [b]);
    }
  }

  hits(b: Box, ignore?: Box): boolean {
    return this.keys(b).some((key) =>
      (this.cells.get(key) ?? []).some((o) => o !== ignore && b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1),
    );
  }
}

/** Right, left, above and below the node, then the four diagonals. */
function spots(c: LabelCandidate, width: number, fontSize: number): Array<{ x: number; y: number }> {
  const ascent = ASCENT_EM * fontSize;
  const descent = DESCENT_EM * fontSize;
  const middle = c.cy + (ascent - descent) / 2;
  const [right, left] = [c.cx + c.r + GAP, c.cx - c.r - GAP - width];
  const [above, below] = [c.cy - c.r - GAP - descent, c.cy + c.r + GAP + ascent];
  const diagonal = c.r * 0.7;
  return [
    { x: right, y: middle },
    { x: left, y: middle },
    { x: c.cx - width / 2, y: above },
    { x: c.cx - width / 2, y: below },
    { x: c.cx + diagonal, y: c.cy - diagonal - descent },
    { x: c.cx + diagonal, y: c.cy + diagonal + ascent },
    { x: c.cx - diagonal - width, y: c.cy - diagonal - descent },
    { x: c.cx - diagonal - width, y: c.cy + diagonal + ascent },
  ];
}

function shortenings(text: string): string[] {
  const chars = [...text];
  const out = [text];
  for (const share of [0.7, 0.5]) {
    const n = Math.floor(chars.length * share);
    if (n >= 4) out.push(chars.slice(0, n).join("").trimEnd() + "…");
  }
  return out;
}

/** Candidates in priority order; `area` is where labels may go (inside the page). */
export function placeLabels(candidates: LabelCandidate[], area: Box, fontSize: number): PlacedLabel[] {
  const labels = new BoxGrid();
  const nodes = new BoxGrid();
  const nodeBoxes = new Map<string, Box>();
  for (const c of candidates) {
    const box = { x0: c.cx - c.r, y0: c.cy - c.r, x1: c.cx + c.r, y1: c.cy + c.r };
    nodeBoxes.set(c.id, box);
    nodes.add(box);
  }
  const placed: PlacedLabel[] = [];
  for (const c of candidates.slice(0, MAX_TRIED)) {
    const own = nodeBoxes.get(c.id);
    let best: PlacedLabel | undefined;
    for (const text of shortenings(c.text)) {
      const width = getTextWidth(text, fontSize);
      for (const { x, y } of spots(c, width, fontSize)) {
        const box = { x0: x, y0: y - ASCENT_EM * fontSize, x1: x + width, y1: y + DESCENT_EM * fontSize };
        if (box.x0 < area.x0 || box.y0 < area.y0 || box.x1 > area.x1 || box.y1 > area.y1) continue;
        if (labels.hits(box)) continue;
        const label = { id: c.id, text, x, y, box };
        if (!nodes.hits(box, own)) {
          best = label;
          break;
        }
        best ??= label;
      }
      if (best) break;
    }
    if (!best) continue;
    const { x0, y0, x1, y1 } = best.box;
    labels.add({ x0: x0 - SPACING, y0: y0 - SPACING / 3, x1: x1 + SPACING, y1: y1 + SPACING / 3 });
    placed.push(best);
  }
  return placed;
}
