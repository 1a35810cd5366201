/**
 * sigma 4 (installed as `sigma4`, bench pages only: the explorer stays on sigma 3) drawing the
 * renderer benchmark's graph with its own performance guide applied: only line edge paths
 * registered, edge antialiasing off, edge events off, opaque colours (the graph's own).
 */
import Sigma4 from "sigma4";
import { pathLine } from "sigma4/rendering";
import { benchGraph, nextFrame } from "./benchGraph.ts";

export async function drawWithSigma4(order: number, size: number, hideOnMove: boolean, onFrame: () => void) {
  const graph = benchGraph(order, size);
  const started = performance.now();
  const sigma = new Sigma4(graph, document.getElementById("graph")!, {
    primitives: { edges: { paths: [pathLine()] } },
    settings: {
      labelDensity: 0.02,
      labelRenderedSizeThreshold: 12,
      hideEdgesOnMove: hideOnMove,
      hideLabelsOnMove: hideOnMove,
      antialiasEdges: false,
      enableEdgeEvents: false,
    },
  });
  await nextFrame();
  sigma.on("afterRender", onFrame);
  return { nodes: graph.order, edges: graph.size, firstFrameMs: performance.now() - started };
}
