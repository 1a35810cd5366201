/**
 * The camera between sigma and the store, both ways: a camera from a shared URL is applied and
 * guarded, and the user's moves are written back (debounced) so the URL keeps them.
 */
import type { AtlasSigma } from "./createSigma.ts";
import type { Camera } from "sigma";
import type { CameraState } from "sigma/types";
import { useExplorer } from "../../core/store.ts";

/** Moves settle this long before the store (and so the URL) records the camera. */
const STORE_AFTER_MS = 250;

export function bindCameraSync(sigma: AtlasSigma, area: HTMLElement): () => void {
  const store = useExplorer;
  const camera = sigma.getCamera();
  const restored = store.getState().camera;
  const stopGuard = restored ? guardRestoredCamera(camera, restored, area) : () => undefined;
  let timer: number | undefined;
  const onUpdated = (state: CameraState) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(
      () => store.getState().setCamera({ x: state.x, y: state.y, ratio: state.ratio }),
      STORE_AFTER_MS,
    );
  };
  camera.on("updated", onUpdated);
  return () => {
    stopGuard();
    camera.off("updated", onUpdated);
    window.clearTimeout(timer);
  };
}

/**
 * A shared URL's camera must win over whatever the first moments do (the layout switch's
 * animation, resizes, late frames): for two seconds, a camera change the user did not make
 * (no pointer, wheel or key in the graph area) is undone.
 */
function guardRestoredCamera(
  camera: Camera,
  restored: Pick<CameraState, "x" | "y" | "ratio">,
  area: HTMLElement,
): () => void {
  camera.setState(restored);
  const until = Date.now() + 2000;
  let userMoved = false;
  const markUser = () => (userMoved = true);
  const events = ["pointerdown", "wheel", "keydown"] as const;
  for (const event of events) area.addEventListener(event, markUser, { capture: true });
  const onUpdated = (state: CameraState) => {
    if (userMoved || Date.now() > until) return;
    if (state.x !== restored.x || state.y !== restored.y || state.ratio !== restored.ratio) camera.setState(restored);
  };
  camera.on("updated", onUpdated);
  return () => {
    camera.off("updated", onUpdated);
    for (const event of events) area.removeEventListener(event, markUser, { capture: true });
  };
}
