/**
 * The camera from sigma to the store: the user's moves and the view's own framing are written
 * back (debounced) so the URL keeps them. A shared URL's camera is applied by the view's framing
 * (useViewFraming.ts) once the graph is drawn.
 */
import type { CameraState } from "sigma/types";
import { useExplorer } from "../../core/store.ts";
import type { AtlasSigma } from "./createSigma.ts";

/** Moves settle this long before the store (and so the URL) records the camera. */
const STORE_AFTER_MS = 250;

export function bindCameraSync(sigma: AtlasSigma): () => void {
  const camera = sigma.getCamera();
  let timer: number | undefined;
  const onUpdated = (state: CameraState) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(
      () => useExplorer.getState().setCamera({ x: state.x, y: state.y, ratio: state.ratio }),
      STORE_AFTER_MS,
    );
  };
  camera.on("updated", onUpdated);
  return () => {
    camera.off("updated", onUpdated);
    window.clearTimeout(timer);
  };
}
