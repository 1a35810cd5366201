/**
 * Dragging actors, in sigma's documented pattern: a press on a node starts a drag, moves over
 * the stage carry it (the camera does not pan meanwhile, and the normalisation box is frozen so
 * the rest of the graph holds still), the release pins it where it was dropped. A press and
 * release without a move is a click, and pins nothing.
 */
import type { MouseCoords } from "sigma/types";
import { useExplorer } from "../../core/store.ts";
import type { AtlasSigma } from "./createSigma.ts";

export function bindNodeDragging(sigma: AtlasSigma): () => void {
  const graph = sigma.getGraph();
  const captor = sigma.getMouseCaptor();
  let dragged: string | null = null;
  let moved = false;

  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  const onMove = (event: MouseCoords) => {
    if (!dragged) return;
    moved = true;
    const place = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: place.x, y: place.y });
    // Keeps the camera from panning along.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  };
  const onUp = () => {
    if (!dragged) return;
    if (moved) {
      const { x, y } = graph.getNodeAttributes(dragged);
      graph.mergeNodeAttributes(dragged, useExplorer.getState().pin(dragged, x, y));
    }
    dragged = null;
    sigma.setCustomBBox(null);
  };
  captor.on("mousemovebody", onMove);
  captor.on("mouseup", onUp);
  return () => {
    captor.off("mousemovebody", onMove);
    captor.off("mouseup", onUp);
  };
}
