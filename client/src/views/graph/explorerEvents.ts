/**
 * Sigma's pointer events become store actions; the store's hover, selection and path changes
 * redraw sigma, and a new selection brings the camera to it.
 */
import type { AtlasGraph } from "../../core/atlasGraph.ts";
import type { AtlasSigma } from "./createSigma.ts";
import { useExplorer } from "../../core/store.ts";

export function bindExplorerEvents(sigma: AtlasSigma, graph: AtlasGraph): () => void {
  const store = useExplorer;
  // Sigma's own listeners go with sigma.kill().
  // Shift- or ctrl-click adds to the selection (or takes out); a plain click selects one actor.
  sigma.on("clickNode", ({ node, event }) => {
    const { shiftKey, ctrlKey, metaKey } = event.original;
    if (shiftKey || ctrlKey || metaKey) store.getState().toggleSelected(node);
    else store.getState().select(node);
  });
  sigma.on("clickStage", () => store.getState().select(null));
  sigma.on("enterNode", ({ node }) => store.getState().hover(node));
  sigma.on("leaveNode", () => store.getState().hover(null));
  const camera = sigma.getCamera();
  return store.subscribe((state, previous) => {
    if (
      state.selected !== previous.selected ||
      state.alsoSelected !== previous.alsoSelected ||
      state.hovered !== previous.hovered ||
      state.path !== previous.path
    ) {
      sigma.refresh({ skipIndexation: true });
    }
    if (state.selected && state.selected !== previous.selected && graph.hasNode(state.selected)) {
      const display = sigma.getNodeDisplayData(state.selected);
      if (display && !state.hovered) camera.animate({ x: display.x, y: display.y }, { duration: 400 });
    }
  });
}
