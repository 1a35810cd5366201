/**
 * The layout toggle: remembers the force positions, animates the nodes to the map and back, then
 * frames what is shown. A camera from a shared URL survives the first switch, which would move it.
 */
import { useEffect, useRef, type RefObject } from "react";
import { animateNodes } from "sigma/utils";
import type { AtlasGraph } from "../../core/atlasGraph.ts";
import { getGeoPositions, type Positions } from "../../core/geoLayout.ts";
import type { LayoutController } from "../../core/layout.ts";
import { useExplorer } from "../../core/store.ts";
import type { LayoutMode } from "../../core/urlState.ts";
import type { AtlasSigma } from "./createSigma.ts";
import type { FramingRef } from "./useViewFraming.ts";

/** `transitions` counts the switches still animating (nodes, then the camera reset). */
export function useLayoutTransition(
  sigmaRef: RefObject<AtlasSigma | null>,
  layoutRef: RefObject<LayoutController | null>,
  transitions: { current: number },
  graph: AtlasGraph,
  layout: LayoutMode,
  framing: FramingRef,
): void {
  const forcePositions = useRef<Positions | null>(null);
  const keepCamera = useRef(useExplorer.getState().urlOwnsCamera);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const animateThenFit = (target: Positions) => {
      transitions.current++;
      animateNodes(graph, target, { duration: 600 }, () => {
        sigma.refresh();
        void framing.current.fit().finally(() => transitions.current--);
      });
    };
    if (layout === "geo") {
      layoutRef.current?.stop();
      if (!forcePositions.current) {
        forcePositions.current = {};
        graph.forEachNode((node, a) => (forcePositions.current![node] = { x: a.x, y: a.y }));
      }
      const positions = getGeoPositions(graph);
      if (keepCamera.current) {
        // Restoring a shared view: jump to the map without touching the camera from the URL.
        keepCamera.current = false;
        graph.updateEachNodeAttributes((node, a) => ({ ...a, ...positions[node] }));
        const restored = useExplorer.getState().camera;
        if (restored) sigma.getCamera().setState(restored);
      } else {
        animateThenFit(positions);
      }
    } else if (forcePositions.current) {
      keepCamera.current = false;
      const target = forcePositions.current;
      forcePositions.current = null;
      animateThenFit(target);
    }
  }, [layout, graph, sigmaRef, layoutRef, transitions, framing]);
}
