/**
 * How sigma draws a view of a given size: sigma's performance advice (plain line edges, no
 * depth sorting, nothing drawn while the camera moves) applied above a few thousand edges,
 * where each costs most on software WebGL; smaller views keep arrowheads and their z-order.
 */

/** Above this many edges the explorer draws for speed. */
export const LARGE_VIEW_EDGES = 5000;

export interface LevelOfDetail {
  /** Line edges (gl.LINES, no antialiasing) draw two to four times faster than arrows (BENCHMARKS.md). */
  defaultEdgeType: "line" | "arrow";
  /** Sorting every node and edge by zIndex on each refresh (every hover) costs O(n log n). */
  zIndex: boolean;
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
}

export function getLevelOfDetail(edges: number): LevelOfDetail {
  if (!Number.isInteger(edges) || edges < 0) {
    throw new Error(`getLevelOfDetail: edge count must be a non-negative integer, got ${edges}`);
  }
  const large = edges > LARGE_VIEW_EDGES;
  return {
    defaultEdgeType: large ? "line" : "arrow",
    zIndex: !large,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
  };
}
