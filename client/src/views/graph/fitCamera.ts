/**
 * The camera that frames a set of nodes: their bounding box fits the viewport less a margin,
 * with room on the right for their labels. Computed through sigma's own conversion (the camera matrix,
 * the stage padding, the viewport's aspect), so "inside" means inside what is on the screen.
 */
import type { CameraState } from "sigma/types";
import { toFramedIds } from "../map/mapFraming.ts";
import type { AtlasSigma } from "./createSigma.ts";

/** Pixels kept free around the framed nodes, for their size; the right side also gets their labels'. */
const MARGIN = 30;
/** About how wide a character of a label is, in pixels (sigma's 14 px system-ui). */
const LABEL_CHAR_PX = 7.5;
/** Labels wider than this share of the viewport are left to run past its edge. */
const MOST_LABEL_SHARE = 0.35;
/** Closer than this a lone actor would fill the screen. */
const CLOSEST_RATIO = 0.02;

/** The camera state framing `ids` (those sigma has drawn data for); null when there are none. */
export function getCameraToFit(sigma: AtlasSigma, ids: Iterable<string>): CameraState | null {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  let widestLabel = 0;
  for (const id of toFramedIds(sigma, ids)) {
    const data = sigma.getNodeDisplayData(id);
    if (!data) continue;
    [minX, maxX] = [Math.min(minX, data.x), Math.max(maxX, data.x)];
    [minY, maxY] = [Math.min(minY, data.y), Math.max(maxY, data.y)];
    widestLabel = Math.max(widestLabel, (data.label?.length ?? 0) * LABEL_CHAR_PX + data.size);
  }
  if (minX === Infinity) return null;
  const { width, height } = sigma.getDimensions();
  const right = MARGIN + Math.min(widestLabel, width * MOST_LABEL_SHARE);
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  // At ratio 1 the box spans these many pixels; spans grow as the ratio shrinks.
  const unit = { ...centre, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: unit });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: unit });
  const step = sigma.framedGraphToViewport({ x: centre.x + 1, y: centre.y }, { cameraState: unit });
  const ratio = Math.max(
    Math.abs(a.x - b.x) / Math.max(width - MARGIN - right, 1),
    Math.abs(a.y - b.y) / Math.max(height - 2 * MARGIN, 1),
    CLOSEST_RATIO,
  );
  // The box sits between the left margin and the labels' room on the right, not in the middle.
  const pixelsPerUnit = Math.abs(step.x - width / 2) / ratio;
  const shift = pixelsPerUnit > 0 ? (right - MARGIN) / 2 / pixelsPerUnit : 0;
  return { x: centre.x + shift, y: centre.y, ratio, angle: 0 };
}

/**
 * Animates the camera onto `ids`; resolves once it is there and drawn (sigma's matrix, which
 * graphToViewport reads, is otherwise updated only at the next frame).
 */
export async function animateCameraTo(sigma: AtlasSigma, ids: Iterable<string>, duration = 500): Promise<void> {
  const target = getCameraToFit(sigma, ids);
  if (target) await sigma.getCamera().animate(target, { duration });
  sigma.refresh({ skipIndexation: true });
}
