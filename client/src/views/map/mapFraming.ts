/**
 * Which of the shown actors a framing takes in: on the map, those inside the robust frame
 * (../../core/map/mapFrame.ts), so that San Francisco and Rosario do not shrink Europe into a
 * corner; elsewhere, all of them. Read from sigma's display data, a linear image of the layout.
 */
import { getMapFrameIds } from "../../core/map/mapFrame.ts";
import type { Positions } from "../../core/geoLayout.ts";
import { useExplorer } from "../../core/store.ts";
import type { AtlasSigma } from "../graph/createSigma.ts";

export function toFramedIds(sigma: AtlasSigma, ids: Iterable<string>): Iterable<string> {
  if (useExplorer.getState().layout !== "geo") return ids;
  const positions: Positions = {};
  for (const id of ids) {
    const data = sigma.getNodeDisplayData(id);
    if (data) positions[id] = { x: data.x, y: data.y };
  }
  return getMapFrameIds(positions, Object.keys(positions));
}
