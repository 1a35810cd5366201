/**
 * After a console result is drawn, the camera moves to frame its actors and each is labelled: a
 * result is often a small cluster in a large graph. The console asks; GraphView's framing
 * controller (graph/framing.ts), which has sigma, listens (one listener: there is one graph view).
 */
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";

type Listener = (ids: string[]) => void;
let listener: Listener | null = null;

export function onFrameRequest(next: Listener): () => void {
  listener = next;
  return () => {
    if (listener === next) listener = null;
  };
}

export function requestFrame(ids: string[]): void {
  listener?.(ids);
}

/** Sigma's camera ratio 1 shows the whole graph; a result is framed with a margin around it. */
const MARGIN = 1.5;
const CLOSEST_RATIO = 0.08;

/** Animates the camera onto the nodes' bounding box, in sigma's normalised (camera) coordinates. */
export function frameNodes<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, ids: string[]): void {
  const points = ids.map((id) => sigma.getNodeDisplayData(id)).filter((d) => d !== undefined);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1, Math.max(CLOSEST_RATIO, Math.max(maxX - minX, maxY - minY) * MARGIN));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
}
