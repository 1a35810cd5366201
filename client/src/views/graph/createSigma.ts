/** The sigma renderer for the one graph: level of detail by size, and the view's reducers. */
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from "../../core/atlasGraph.ts";
import { edgeReducer, nodeReducer, type ReducerState } from "./reducers.ts";

/** Above this many edges the explorer draws for speed: plain lines, nothing drawn while moving. */
const LINE_EDGES_ABOVE = 5000;

/** Sigma's label grid: about this many labels per grid cell, where nothing forces more. */
export const DEFAULT_LABEL_DENSITY = 0.07;

/** `getState` is read on every reducer call, so a refresh is all a state change needs. */
export type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

export function createSigma(graph: AtlasGraph, container: HTMLElement, getState: () => ReducerState): AtlasSigma {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    labelDensity: DEFAULT_LABEL_DENSITY,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 8,
    labelFont: "system-ui, sans-serif",
    // Level of detail: arrowheads while they can be seen; beyond 5,000 edges plain lines, which
    // draw two to four times faster (BENCHMARKS.md, renderers).
    defaultEdgeType: graph.size > LINE_EDGES_ABOVE ? "line" : "arrow",
    edgeProgramClasses: { line: EdgeLineProgram },
    zIndex: true,
    // Nodes and labels keep their size on screen at any zoom: a framed subset of five actors reads
    // like the whole graph does, instead of swelling with the zoom.
    zoomToSizeRatioFunction: () => 1,
    // Big graphs stay fluid while panning: edges and labels come back when the camera stops.
    hideEdgesOnMove: graph.size > LINE_EDGES_ABOVE,
    hideLabelsOnMove: graph.size > LINE_EDGES_ABOVE,
    nodeReducer: (node, data) => nodeReducer(graph, node, data, getState()),
    edgeReducer: (edge, data) => edgeReducer(graph, edge, data, getState()),
  });
}
