/** The sigma renderer for the one graph: level of detail by size, and the view's reducers. */
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from "../../core/atlasGraph.ts";
import { getLevelOfDetail } from "./levelOfDetail.ts";
import { edgeReducer, nodeReducer, type ReducerState } from "./reducers.ts";

/** Sigma's label grid: about this many labels per grid cell, where nothing forces more. */
export const DEFAULT_LABEL_DENSITY = 0.07;
/** Nodes drawn smaller than this many pixels get no label, where nothing forces one. */
export const DEFAULT_LABEL_SIZE_THRESHOLD = 8;

/** `getState` is read on every reducer call, so a refresh is all a state change needs. */
export type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes>;

export function createSigma(graph: AtlasGraph, container: HTMLElement, getState: () => ReducerState): AtlasSigma {
  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    // Level of detail by size: line edges, no z-order sorting, nothing drawn while the camera moves.
    ...getLevelOfDetail(graph.size),
    labelDensity: DEFAULT_LABEL_DENSITY,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: DEFAULT_LABEL_SIZE_THRESHOLD,
    labelFont: "system-ui, sans-serif",
    edgeProgramClasses: { line: EdgeLineProgram },
    // Edge hover and click events cost a picking pass per edge; the explorer listens to none.
    enableEdgeEvents: false,
    // Nodes and labels keep their size on screen at any zoom: a framed subset of five actors reads
    // like the whole graph does, instead of swelling with the zoom.
    zoomToSizeRatioFunction: () => 1,
    nodeReducer: (node, data) => nodeReducer(graph, node, data, getState()),
    edgeReducer: (edge, data) => edgeReducer(graph, edge, data, getState()),
  });
}
